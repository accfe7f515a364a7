"""llmworks-clusters: compute backends that hand jobs to Slurm and Kubernetes."""
