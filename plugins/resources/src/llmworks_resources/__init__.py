"""llmworks-resources: machine and GPU monitoring, per-job accounting, disk, cost, schedule, lineage graph."""
