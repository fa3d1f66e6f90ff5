import argparse
import os


def main(argv=None):
    parser = argparse.ArgumentParser(prog="notionsync-export")
    parser.add_argument("workspace")
    parser.add_argument("--out", default="export")
    parser.add_argument("--token", default=os.environ.get("NOTION_TOKEN", ""))
    args = parser.parse_args(argv)
    os.makedirs(args.out, exist_ok=True)
    print("exporting %s to %s" % (args.workspace, args.out))
    return 0
