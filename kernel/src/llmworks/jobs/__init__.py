from llmworks.jobs.queue import TERMINAL, JobQueue, job_to_dict

__all__ = ["TERMINAL", "JobQueue", "job_to_dict"]
