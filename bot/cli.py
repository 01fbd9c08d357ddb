"""Command line: `python -m bot index | ask | eval`. Turns errors into messages and exit codes."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from bot.answer.compose import answer_unsearched
from bot.errors import BotError
from bot.settings import Settings
from bot.web.conversation import plain_text  # a pure function: importing it loads no Gradio

EXIT_OK, EXIT_ERROR, EXIT_BAD_INPUT = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with one subcommand per job."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--corpus", metavar="DIR",
                        help="folder of documents: .txt .md .pdf .html .docx .pptx .epub .odt .rtf .csv .xlsx "
                             "(default: corpus/)")
    common.add_argument("--index", metavar="DIR", help="folder for the built index (default: index/)")
    common.add_argument("--model", help="sentence-transformers model name or local folder "
                                        "(default: the bundled all-MiniLM-L6-v2)")
    common.add_argument("--top-k", type=int, metavar="N", help="at most N quotes per answer (default: 3)")
    common.add_argument("--min-score", type=float, metavar="S",
                        help="below this cosine similarity the answer is 'not found' (default: calibrated)")
    parser = argparse.ArgumentParser(prog="python -m bot", description="Verbatim: answers only by quoting your "
                                     "documents word for word, with file and line numbers. Not medical advice.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="{index,ask,eval}")
    index = sub.add_parser("index", parents=[common], help="build or refresh the index",
                           description="Build the index of the corpus, or refresh it if documents, model or "
                                       "settings changed: only changed files are read and only new text embedded. "
                                       "Files that cannot be read are listed and skipped. One build of an index "
                                       "folder runs at a time: while another process builds it, this stops at once "
                                       "and names that process (ask and eval meanwhile answer from the previous "
                                       "index, saying so). Example: python -m bot index --corpus my_docs/ --watch")
    index.add_argument("--watch", action="store_true", help="keep the index current while files change (Ctrl-C stops)")
    index.add_argument("--interval", type=float, default=1.0, metavar="SECONDS",
                       help="with --watch, how often to look for changes (default: 1)")
    ask = sub.add_parser("ask", parents=[common], help="answer one question",
                         description='Answer one question. Example: python -m bot ask "Can magnesium help '
                                     'restless legs?" --json')
    ask.add_argument("question")
    ask.add_argument("--json", action="store_true", help="print the result record as JSON")
    ev = sub.add_parser("eval", parents=[common], help="answer a question set or run a public benchmark",
                        description="Answer every question of a .jsonl, .csv or .txt file and write one result "
                                    "record per row, in input order, plus metrics against the optional gold fields "
                                    "(expected, expected_source, expected_status). A question file is a regular "
                                    "file of at most 32 MB and 100,000 rows (split larger sets), a row at most 1 MB. "
                                    "Or run a public benchmark with "
                                    "--beir DIR, --squad DIR or --mtrag DIR, or measure the emergency screen "
                                    "with --emergencies FILE. Example: python -m bot eval "
                                    "questions.jsonl --out results.jsonl --report report.html")
    ev.add_argument("questions", type=Path, nargs="?", metavar="QUESTIONS.jsonl|QUESTIONS.csv|QUESTIONS.txt")
    ev.add_argument("--out", type=Path, required=True, metavar="PATH",
                    help="result records (JSONL); with --beir, the TREC run file")
    ev.add_argument("--beir", type=Path, metavar="DIR", help="BEIR folder: corpus.jsonl, queries, qrels/test.tsv")
    ev.add_argument("--squad", type=Path, metavar="DIR", help="folder with qa.jsonl and corpus.jsonl (SQuAD 2.0)")
    ev.add_argument("--mtrag", type=Path, metavar="DIR",
                    help="MTRAG-UN folder with reference.jsonl: each task's last user turn asked of its collection's "
                         "reference passages")
    ev.add_argument("--emergencies", type=Path, metavar="FILE.jsonl",
                    help="labelled messages ({id, message, urgent, category, kind, language} a line): urgent recall "
                         "and false urgent of the emergency screen, by category, kind and language (the model, no index)")
    ev.add_argument("--half", choices=("development", "held-out"),
                    help="with --emergencies: only the rows of this half of the file (split by a hash of the id)")
    ev.add_argument("--no-history", action="store_true",
                    help="with --mtrag: ask each task's last user turn alone, without the earlier turns")
    ev.add_argument("--near-miss", action="store_true",
                    help="with --squad: index each article's even paragraphs only; questions about the others that "
                         "they do not answer must be not_found, questions about them answered")
    ev.add_argument("--skip-invalid", action="store_true", help="answer the good rows of a file with bad ones")
    ev.add_argument("--report", type=Path, action="append", default=[], metavar="REPORT.html|REPORT.md",
                    help="write a report (repeat for both kinds)")
    ev.add_argument("--compare", type=Path, metavar="OLD.jsonl", help="list questions that got better or worse")
    _add_cluster_flags(index, ev)
    return parser


def _add_cluster_flags(*commands: argparse.ArgumentParser) -> None:
    """--cluster and --workers (bot/cluster): the job's encoding or answering spread over a Ray cluster."""
    for command in commands:
        command.add_argument("--cluster", metavar="ADDRESS",
                             help="run on a Ray cluster: local (start one on this machine), auto (join the one "
                                  "running here) or its address, e.g. ray://head:10001 (requirements-cluster.txt)")
        command.add_argument("--workers", type=int, metavar="N",
                             help="with --cluster, how many worker processes, each with its own model "
                                  "(default: one per CPU of the cluster)")


def settings_from(args: argparse.Namespace) -> Settings:
    """Settings with the flags given on the command line taking precedence."""
    return Settings.from_env(corpus_dir=args.corpus, index_dir=args.index, model=args.model, top_k=args.top_k,
                             min_score=args.min_score)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; returns the process exit code."""
    args = build_parser().parse_args(argv)
    try:
        settings = settings_from(args)
        if getattr(args, "workers", None) is not None and not args.cluster:
            raise BotError("--workers goes with --cluster ADDRESS. See python -m bot --help.")
        if args.command == "eval":
            return run_eval(args, settings)
        if args.command == "ask":
            refused = answer_unsearched(args.question, settings)
            if refused is not None:  # no need to load the model to say so
                return print_answer(refused, args)
        if args.command == "index":
            _refuse_a_second_build(settings)  # at once, before the model loads
            if args.cluster:
                return _build_on_cluster(args, settings)
        bot = _open_bot(settings, progress=args.command == "index")
        if args.command == "index":
            if bot.build_report.builder_pid is not None:  # it started in between
                from bot.index.generation import another_build
                raise another_build(settings.index_dir, bot.build_report.builder_pid)
            print_build(bot.build_report)
            return watch_corpus(bot, args.interval) if args.watch else EXIT_OK
        _print_notice(bot.build_report)
        return print_answer(bot.ask(args.question), args)
    except BotError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("interrupted; nothing was changed.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (`| head`): nothing more to say, and no error to report
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # so the exit's flush of stdout cannot fail
        return EXIT_ERROR
    except Exception as err:  # never a traceback at a user
        print(f"unexpected error: {type(err).__name__}: {err}. Please report it with the command you ran.",
              file=sys.stderr)
        return EXIT_ERROR


def _refuse_a_second_build(settings: Settings) -> None:
    """`index` while another process builds the same folder: say so and stop, rather than wait for a build that may
    take hours or build the same index twice."""
    from bot.index.generation import another_build, build_running

    running = build_running(settings.index_dir)
    if running is not None:
        raise another_build(settings.index_dir, running.holder)


def _build_on_cluster(args: argparse.Namespace, settings: Settings) -> int:
    from bot.cluster.building import build_on_cluster

    if args.watch:
        raise BotError("--watch keeps one machine's index current; leave out --cluster to watch.")
    print_build(build_on_cluster(settings, args.cluster, args.workers, progress=True))
    return EXIT_OK


def _print_notice(report) -> None:
    if report.notice:
        print(report.notice, file=sys.stderr, flush=True)


def _open_bot(settings: Settings, progress: bool):
    from bot.answer.engine import Bot  # imports torch: only once the arguments are known to be good
    return Bot.open(settings, progress=progress)


def print_build(report) -> None:
    """What an index build did, and every file it skipped (on stderr, with the reason)."""
    for skipped in report.skipped:
        print(f"skipped {skipped.source}: {skipped.reason}", file=sys.stderr)
    if report.rebuilt:
        print(f"Indexed {report.files} file(s): {report.chunks} chunks, {report.sentences} sentences "
              f"({report.embedded} texts embedded, {report.reused} reused) in {report.seconds:.1f} s "
              f"because: {'; '.join(report.reasons)}.", flush=True)
    else:
        print(f"Index is up to date: {report.files} file(s), {report.chunks} chunks, {report.sentences} sentences.",
              flush=True)


def _print_if_rebuilt(report) -> None:
    if report.rebuilt:
        print_build(report)
    _print_notice(report)


def watch_corpus(bot, interval_seconds: float) -> int:
    """Refresh the index whenever the corpus changes, until Ctrl-C or SIGTERM."""
    import signal
    import threading

    from bot.documents.watching import watch

    if interval_seconds <= 0:
        raise BotError("--interval must be more than 0 seconds.")
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    print(f"Watching {bot.settings.corpus_dir} for changes (Ctrl-C stops).", flush=True)
    try:
        watch(bot.settings.corpus_dir, lambda: _print_if_rebuilt(bot.refresh()),
              lambda err: print(f"error: {err}", file=sys.stderr, flush=True), stop, interval_seconds)
    except KeyboardInterrupt:
        pass
    print("Stopped watching; the index is current as of the last refresh.", flush=True)
    return EXIT_OK


def print_answer(answer, args: argparse.Namespace) -> int:
    """The answer as a person reads it in the chat (a terminal shows "A&E", not the chat's "A&amp;E" or "\\*"),
    bold and italic drawn on a terminal that shows them (not with NO_COLOR set), or with --json the result record,
    whose quotes are the documents' exact text."""
    if args.json:
        print(json.dumps(answer.to_record("1"), ensure_ascii=False, indent=2))
    else:
        print(terminal_text(answer.answer, styled=sys.stdout.isatty() and not os.environ.get("NO_COLOR")))
    return EXIT_BAD_INPUT if answer.status == "invalid" else EXIT_OK


# Each marker's terminal codes (SGR): bold, italic, and their ends.
_STYLES = {"**": ("\033[1m", "\033[22m"), "*": ("\033[3m", "\033[23m")}


def terminal_text(answer: str, styled: bool = False) -> str:
    """An answer's Markdown as a terminal shows it: the emphasis markers left out ("**This may be an emergency...**"
    printed with its stars read as a typo, a trial's finding) or, `styled`, drawn as bold and italic; its escapes
    read as what they stand for (`plain_text`)."""
    return plain_text(answer, _STYLES if styled else None)


def run_eval(args: argparse.Namespace, settings: Settings) -> int:
    chosen = [name for name in ("questions", "beir", "squad", "mtrag", "emergencies") if getattr(args, name)]
    if len(chosen) != 1:
        raise BotError("eval needs exactly one of: a question file, --beir DIR, --squad DIR, --mtrag DIR, "
                       "--emergencies FILE. See python -m bot eval --help.")
    if args.half and not args.emergencies:
        raise BotError("--half goes with --emergencies FILE. See python -m bot eval --help.")
    if args.cluster and not args.questions:
        raise BotError("--cluster answers a question file; the benchmarks run on one machine. "
                       "See python -m bot eval --help.")
    if args.near_miss and not args.squad:
        raise BotError("--near-miss goes with --squad DIR. See python -m bot eval --help.")
    if not args.out.parent.is_dir():
        raise BotError(f"Folder {args.out.parent} does not exist. Create it or choose another --out path.")
    if args.emergencies:  # the screen alone: the model for its vectors, no index
        from bot.evaluation.emergencies import run_emergencies
        print(run_emergencies(args.emergencies, args.out, settings, args.half))
        return EXIT_OK
    from bot.evaluation import runs as evaluation

    if args.beir:
        summary = evaluation.run_beir(args.beir, args.out, settings)
    elif args.squad:
        summary = evaluation.run_squad(args.squad, args.out, settings, near_miss=args.near_miss)
    elif args.mtrag:
        summary = evaluation.run_mtrag(args.mtrag, args.out, settings, history=not args.no_history)
    elif args.cluster:
        from bot.cluster.evaluation import run_question_set_on_cluster
        summary = run_question_set_on_cluster(args.questions, args.out, settings, args.cluster, args.workers,
                                              skip_invalid=args.skip_invalid, reports=args.report,
                                              compare=args.compare)
    else:
        summary = evaluation.run_question_set(args.questions, args.out, settings, skip_invalid=args.skip_invalid,
                                              reports=args.report, compare=args.compare)
    print(summary)
    return EXIT_OK
