"""Stage 3, answering: a question screened, matching chunks retrieved, verbatim quotes chosen and the `Answer`
composed. `Bot` runs the stages in a straight line."""
