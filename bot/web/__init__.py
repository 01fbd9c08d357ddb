"""The chat page in the browser (Gradio): the conversation, sources, uploads, feedback and export."""
