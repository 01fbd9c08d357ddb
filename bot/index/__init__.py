"""Stage 2, the index: documents chunked into sentences and chunks, embedded, searched densely (FAISS) and
lexically (BM25), and kept on disk as generations that are built, refreshed and loaded whole."""
