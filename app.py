"""Verbatim chat in the browser.

    python app.py [--corpus DIR] [--index DIR] [--host 127.0.0.1] [--port 7860] [--share]
                  [--auth USER:PASSWORD | --auth-file FILE] [--feedback DIR] [--watch]
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
        self._done = threading.Event()
        self._bot = None
        self._error: BaseException | None = None
        threading.Thread(target=self._open, args=(settings,), daemon=True, name="verbatim-open").start()

    def _open(self, settings: Settings) -> None:
        try:
            from bot.answer.engine import Bot

            self._bot = Bot.open(settings, progress=True)
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
    args = parser.parse_args(argv)
    try:
        if args.share and not (args.auth or args.auth_file):
            raise BotError(NO_LOGIN)
        # The index and the model's question encoder load on a thread of their own while gradio imports here
        # (about 2.5 s, which is most of a start): both are ready about when the slower one is.
        opening = Opening(Settings.from_env(corpus_dir=args.corpus, index_dir=args.index))
        from bot.cli import print_build
        from bot.web.chat import build_demo, read_auth
        from bot.web.guard import launch_options

        credentials = read_auth(args.auth, args.auth_file)
        if args.share and not credentials:
            raise BotError(NO_LOGIN)
        bot = opening.result()
        print_build(bot.build_report)
        if args.watch:
            start_watching(bot)
        demo = build_demo(bot, feedback_dir=args.feedback)
        demo.launch(server_name=args.host, server_port=args.port, share=args.share, auth=credentials or None,
                    **launch_options(bot.settings))
    except BotError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except OSError as err:
        print(f"error: cannot start the server on {args.host}:{args.port} ({err}). Choose another --port.",
              file=sys.stderr)
        return 2
    return 0


def start_watching(bot) -> None:
    import threading

    from bot.documents.watching import watch

    def report_error(err):
        print(f"error: {err}", file=sys.stderr)

    threading.Thread(target=watch, args=(bot.settings.corpus_dir, bot.refresh, report_error, threading.Event()),
                     daemon=True, name="corpus-watch").start()


if __name__ == "__main__":
    raise SystemExit(main())
