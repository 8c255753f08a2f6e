#!/usr/bin/env python3
"""Folder walks against depth: `figcheck extract` on trees of nested folders (one folder a level,
an article at the top), 500, 1,000, 2,000 and 4,000 deep by default, then the wall and CPU time
per folder.
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
    """The best wall time and the best CPU time (user + system) of `rounds` runs of figcheck
    extract on the tree, in seconds. CPU time moves less than wall time on a busy machine."""
    best_wall = best_cpu = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        child = subprocess.Popen([figcheck, "extract", "--format", "jsonl", root],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        best_wall = min(best_wall, time.perf_counter() - started)
        best_cpu = min(best_cpu, usage.ru_utime + usage.ru_stime)
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"figcheck failed on {root}")
    return best_wall, best_cpu


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("depths", nargs="*", type=int, default=[500, 1000, 2000, 4000])
    parser.add_argument("--figcheck", default="build/cli/figcheck")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="figcheck_folder_walk_")
    try:
        make_tree(os.path.join(work, "flat"), 0)
        start_wall, start_cpu = best_walk(args.figcheck, os.path.join(work, "flat"), args.rounds)
        print(f"process start and one article: {start_wall * 1000:.1f} ms wall, "
              f"{start_cpu * 1000:.1f} ms CPU (best of {args.rounds}; subtracted below)\n")
        print("| depth | wall | CPU | wall per folder | CPU per folder |")
        print("|---:|---:|---:|---:|---:|")
        for depth in args.depths:
            root = os.path.join(work, f"deep{depth}")
            make_tree(root, depth)
            wall, cpu = best_walk(args.figcheck, root, args.rounds)
            wall_each = max(wall - start_wall, 0) / depth * 1e6
            cpu_each = max(cpu - start_cpu, 0) / depth * 1e6
            print(f"| {depth:,} | {wall * 1000:.1f} ms | {cpu * 1000:.1f} ms | {wall_each:.1f} µs "
                  f"| {cpu_each:.1f} µs |", flush=True)
            subprocess.run(["rm", "-rf", root], check=True)  # rmtree recurses too deep in Python
    finally:
        subprocess.run(["rm", "-rf", work], check=False)


if __name__ == "__main__":
    main()
