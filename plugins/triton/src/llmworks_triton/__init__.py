"""llmworks-triton: Triton Inference Server model repositories, a managed server and the Triton backend."""
