"""Verbatim chat in the browser.

    python app.py [--corpus DIR] [--index DIR] [--host 127.0.0.1] [--port 7860] [--share]
                  [--auth USER:PASSWORD | --auth-file FILE] [--feedback DIR] [--watch]
"""

from __future__ import annotations

import argparse
import os
import sys

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from bot import BotError, Settings  # noqa: E402  (sets HF_HUB_OFFLINE before gradio imports huggingface_hub)


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
        from bot.web.chat import read_auth

        credentials = read_auth(args.auth, args.auth_file)
        if args.share and not credentials:
            raise BotError("Refusing to open a public share link without a login: anyone with the link could use "
                           "it. Add --auth user:password or --auth-file FILE.")
        from bot.answer.engine import Bot
        from bot.cli import print_build
        from bot.web.chat import build_demo
        from bot.web.guard import launch_options

        bot = Bot.open(Settings.from_env(corpus_dir=args.corpus, index_dir=args.index), progress=True)
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
