"""llmworks-curation: data recipes (curators and augmenters), languages, tokenizer fertility."""
