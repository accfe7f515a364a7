"""The plugin's routers, one per resource (machines, metrics, accounting, schedule, disk, costs, lineage)."""
