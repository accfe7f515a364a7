"""Webhook notifier plugin."""
