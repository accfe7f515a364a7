from llmworks.events.bus import EventBus, event_to_dict

__all__ = ["EventBus", "event_to_dict"]
