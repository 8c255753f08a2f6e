#!/usr/bin/env python3
"""Folder walks against depth: `figcheck extract` on trees of nested folders (one folder a level,
an article at the top), 500, 1,000, 2,000 and 4,000 deep by default, then the time per folder.
The walk should cost the same per folder at any depth (fs::canonical on every folder once made
it cost the cube of the depth). A tree 4,000 deep has paths of 8,000 bytes, beyond PATH_MAX: it
is made and removed through descriptors.

Usage: bench/folder_walk.py [--figcheck PATH] [--rounds N] [DEPTH...]
"""
import argparse
import os
import subprocess
import tempfile
import time


def make_tree(root, depth):
    """`depth` folders named d, one inside the other, and top.txt beside the first."""
    os.mkdir(root)
    with open(os.path.join(root, "top.txt"), "w", encoding="utf-8") as article:
        article.write("2024年，青阳县实现地区生产总值386.7亿元。\n")
    folder = os.open(root, os.O_RDONLY | os.O_DIRECTORY)
    for _ in range(depth):
        os.mkdir("d", dir_fd=folder)
        inner = os.open("d", os.O_RDONLY | os.O_DIRECTORY, dir_fd=folder)
        os.close(folder)
        folder = inner
    os.close(folder)


def best_walk(figcheck, root, rounds):
    """The best wall time of `rounds` runs of figcheck extract on the tree, in seconds."""
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        run = subprocess.run([figcheck, "extract", "--format", "jsonl", root],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
        best = min(best, time.perf_counter() - started)
        if run.returncode != 0:
            raise SystemExit(f"figcheck failed on {root}: {run.stderr.decode()[:400]}")
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("depths", nargs="*", type=int, default=[500, 1000, 2000, 4000])
    parser.add_argument("--figcheck", default="build/cli/figcheck")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="figcheck_folder_walk_")
    try:
        make_tree(os.path.join(work, "flat"), 0)
        start = best_walk(args.figcheck, os.path.join(work, "flat"), args.rounds)
        print(f"process start and one article: {start * 1000:.1f} ms\n")
        print("| depth | walk | per folder |")
        print("|---:|---:|---:|")
        for depth in args.depths:
            root = os.path.join(work, f"deep{depth}")
            make_tree(root, depth)
            took = best_walk(args.figcheck, root, args.rounds)
            per_folder = max(took - start, 0) / depth * 1e6
            print(f"| {depth:,} | {took * 1000:.1f} ms | {per_folder:.1f} µs |", flush=True)
            subprocess.run(["rm", "-rf", root], check=True)  # rmtree recurses too deep in Python
    finally:
        subprocess.run(["rm", "-rf", work], check=False)


if __name__ == "__main__":
    main()
