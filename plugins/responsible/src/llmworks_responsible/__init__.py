"""llmworks-responsible: bias, fairness and toxicity evaluation."""
