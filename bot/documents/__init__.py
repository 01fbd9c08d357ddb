"""Stage 1, documents: files to `Document`s. Reading each format, the corpus folder, uploads and watching it."""
