from llmworks.storage.artifacts import ArtifactStore, BlobInfo, LocalArtifactStore, open_store

__all__ = ["ArtifactStore", "BlobInfo", "LocalArtifactStore", "open_store"]
