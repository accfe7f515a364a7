"""llmworks-email: notifications by e-mail (SMTP), for the users who opted in per kind."""
