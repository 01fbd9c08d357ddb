"""Verbatim chat in the browser.

    python app.py [--corpus DIR] [--index DIR] [--host 127.0.0.1] [--port 7860] [--share]
                  [--auth USER:PASSWORD | --auth-file FILE] [--feedback DIR] [--watch]
                  [--cluster local|auto|ADDRESS [--replicas N | --min-replicas N --max-replicas M]]
"""

from __future__ import annotations

import argparse
import os
import sys
import threading

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from bot import BotError, Settings  # noqa: E402  (sets HF_HUB_OFFLINE before gradio imports huggingface_hub)


NO_LOGIN = ("Refusing to open a public share link without a login: anyone with the link could use it. Add --auth "
            "user:password or --auth-file FILE.")


class Opening:
    """`Bot.open(settings)` on a daemon thread (a start refused meanwhile exits without waiting for it; a build
    cut short that way is resumed by the next one); `result` waits for the Bot, or raises what opening raised."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._done = threading.Event()
        self._bot = None
        self._error: BaseException | None = None
        threading.Thread(target=self._open, args=(settings,), daemon=True, name="verbatim-open").start()

    def _open(self, settings: Settings) -> None:
        try:
            from bot.answer.engine import Bot

            self._bot = Bot.open(settings, progress=True)
            from bot.answer.safety import language_model
            from bot.answer.urgency import urgency_model

            language_model()
            urgency_model()
        except BaseException as err:  # noqa: BLE001 - handed to the main thread, which reports it
            self._error = err
        finally:
            self._done.set()

    def result(self):
        """The opened Bot."""
        self._done.wait()
        if self._error is not None:
            raise self._error
        return self._bot


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Verbatim chat: answers only by quoting your documents.")
    parser.add_argument("--corpus", metavar="DIR",
                        help="folder of documents: .txt .md .pdf .html .docx .pptx .epub .odt .rtf .csv .xlsx "
                             "(default: corpus/)")
    parser.add_argument("--index", metavar="DIR", help="folder for the built index (default: index/)")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1, this machine only)")
    parser.add_argument("--port", type=int, default=7860)
    parser.add_argument("--share", action="store_true",
                        help="also open a public Gradio share link (needs --auth or --auth-file)")
    parser.add_argument("--auth", action="append", default=[], metavar="USER:PASSWORD",
                        help="require this login for every page and API call (repeatable)")
    parser.add_argument("--auth-file", metavar="FILE", help="logins, one user:password a line")
    parser.add_argument("--feedback", metavar="DIR",
                        help="folder for feedback on quotes, saved as feedback.jsonl (default: feedback/)")
    parser.add_argument("--watch", action="store_true",
                        help="refresh the index when files in the corpus folder change (uploads always refresh it)")
    parser.add_argument("--cluster", metavar="ADDRESS",
                        help="answer on Ray Serve replicas: local (start Ray on this machine), auto (join the one "
                             "running here) or its address, e.g. ray://head:10001 (requirements-cluster.txt)")
    parser.add_argument("--replicas", type=int, metavar="N", help="with --cluster, N answering replicas (default 1)")
    parser.add_argument("--min-replicas", type=int, metavar="N",
                        help="with --cluster and --max-replicas: autoscale, from N replicas (default 1)")
    parser.add_argument("--max-replicas", type=int, metavar="M",
                        help="with --cluster: autoscale, adding replicas under load up to M")
    args = parser.parse_args(argv)
    try:
        if args.share and not (args.auth or args.auth_file):
            raise BotError(NO_LOGIN)
        replicas = replicas_wanted(args)
        # The index and the model's question encoder load on a thread of their own while gradio imports here
        # (about 2.5 s, which is most of a start): both are ready about when the slower one is.
        opening = Opening(Settings.from_env(corpus_dir=args.corpus, index_dir=args.index))
        from bot.cli import print_build
        from bot.web.chat import build_demo, page_style, read_auth
        from bot.web.guard import launch_options

        credentials = read_auth(args.auth, args.auth_file)
        if args.share and not credentials:
            raise BotError(NO_LOGIN)

        def serve_page(bot) -> None:
            print_build(bot.build_report)
            if args.watch:
                start_watching(bot)
            demo = build_demo(bot, feedback_dir=args.feedback)
            demo.launch(server_name=args.host, server_port=args.port, share=args.share, auth=credentials or None,
                        **launch_options(bot.settings), **page_style())

        if replicas is None:
            serve_page(opening.result())
        else:
            from bot.cluster.serving import ServedBot, replicas_on

            # The replicas start (each loading its model) while this process opens the index.
            with replicas_on(args.cluster, opening.settings, replicas, f"verbatim-{args.port}") as handle:
                stop_on_sigterm()
                print(f"Answering on {replicas.describe()} (Ray Serve, cluster {args.cluster}).", flush=True)
                serve_page(ServedBot(opening.result(), handle, replicas))
    except BotError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except OSError as err:
        print(f"error: cannot start the server on {args.host}:{args.port} ({err}). Choose another --port.",
              file=sys.stderr)
        return 2
    return 0


def replicas_wanted(args: argparse.Namespace):
    """The answering replicas the flags ask for (`bot.cluster.serving.Replicas`), or None without --cluster; a
    BotError for replica flags without --cluster or a cluster address that cannot be one."""
    if not args.cluster:
        if any(value is not None for value in (args.replicas, args.min_replicas, args.max_replicas)):
            raise BotError("--replicas, --min-replicas and --max-replicas go with --cluster ADDRESS. See "
                           "python app.py --help.")
        return None
    from bot.cluster.connection import check_address
    from bot.cluster.serving import Replicas

    check_address(args.cluster)
    return Replicas.from_flags(args.replicas, args.min_replicas, args.max_replicas)


def stop_on_sigterm() -> None:
    """SIGTERM (a service manager stopping the app) ends the server as Ctrl-C does, so the answering replicas, and a
    Ray cluster started here, are stopped with it rather than left running."""
    import signal

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)


def start_watching(bot) -> None:
    import threading

    from bot.documents.watching import watch

    def report_error(err):
        print(f"error: {err}", file=sys.stderr)

    threading.Thread(target=watch, args=(bot.settings.corpus_dir, bot.refresh, report_error, threading.Event()),
                     daemon=True, name="corpus-watch").start()


if __name__ == "__main__":
    raise SystemExit(main())
