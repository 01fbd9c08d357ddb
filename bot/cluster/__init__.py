"""Running Verbatim's batch jobs on a Ray cluster: the index build's encoding and the answering of a question file
spread over worker processes, each holding its own model. Ray is optional (requirements-cluster.txt)."""
