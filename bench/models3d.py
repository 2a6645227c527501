#!/usr/bin/env python3
"""Benchmark the 3D pipeline: web GLB, LOD and preview of meshes of ~10k, ~100k and ~1M faces.

    python3 bench/models3d.py [--workdir build/bench-models3d] [--budget 200000] [--repeat 1]
                              [--sizes 10000,100000,1000000] [--no-shared] [--json FILE]

Inputs: noisy spheres of about 10k, 100k and 1M triangles (trimesh's UV sphere with its radius
jittered, so no face is flat and decimation has real work), saved as binary STL into the work folder
and kept; and real models from ../shared when it is there (DamagedHelmet, a textured 15k-face GLB,
and counter.unitsmm.STL, an 84k-face CAD part).

Every measurement is a child process of its own (``media.models3d.child``, forked from the same
server the application uses, with numpy and trimesh already imported), the file already in the page
cache:

  trimesh  ``trimesh.load_scene(path)`` alone: the anchor every ratio divides by
  web      load, check and measure (what upload does), then centre and write the web GLB
  lod      the same load, then decimate to the face budget and write the LOD GLB
  preview  the same load, then render the 800×800 PNG (from the LOD when there is one, as the job does)
  job      all of it, as the derivative job runs it (``pipeline.build_derivatives``)

Times are taken inside the child (the work only, not the fork); peak memory is the child's
ru_maxrss (its resident high-water mark, shared pages of the fork server included).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data" / "3d"
sys.path.insert(0, str(ROOT))

from media.models3d.child import run_in_child  # noqa: E402
from media.models3d.limits import Limits  # noqa: E402

MIB = 1024 * 1024


def noisy_sphere(faces: int, path: Path) -> Path:
    """Return the path of a binary STL of a jittered UV sphere with about ``faces`` triangles, made once."""
    if path.exists():
        return path
    import numpy as np  # noqa: PLC0415
    import trimesh  # noqa: PLC0415

    side = max(4, round((faces / 4) ** 0.5))  # a UV sphere of n × n has about 4n² triangles
    mesh = trimesh.creation.uv_sphere(radius=100.0, count=[side, side])
    rng = np.random.default_rng(1)
    mesh.vertices *= 1 + 0.01 * rng.standard_normal((len(mesh.vertices), 1))
    path.parent.mkdir(parents=True, exist_ok=True)
    mesh.export(path)
    return path


def trimesh_load(path: str) -> float:
    """Return the seconds trimesh takes to load the file with its defaults."""
    import trimesh  # noqa: PLC0415

    started = time.perf_counter()
    trimesh.load_scene(path)
    return time.perf_counter() - started


def one_step(path: str, step: str, budget: int, out: str) -> dict:
    """Return the seconds of loading and of one step (web, lod or preview), writing its file into ``out``."""
    from media.models3d.inspect import measure, opened_model  # noqa: PLC0415
    from media.models3d.webglb import centre_for_web, decimated, glb_bytes, placed_faces  # noqa: PLC0415

    started = time.perf_counter()
    with opened_model(path, Limits(face_budget=budget)) as loaded:
        info = measure(loaded)
        loaded_at = time.perf_counter()
        extras = centre_for_web(loaded.scene, info)
        result = {"faces": info.faces}
        if step == "web":
            data = glb_bytes(loaded.scene, extras)
            result["bytes"] = len(data)
        elif step == "lod":
            lod = decimated(loaded.scene, budget)
            if lod is not None:
                data = glb_bytes(lod, extras)
                result.update(lod_faces=placed_faces(lod), bytes=len(data))
        else:
            from media.models3d.preview import preview_png  # noqa: PLC0415

            lod = decimated(loaded.scene, budget)
            if lod is not None:
                result["lod_seconds"] = time.perf_counter() - loaded_at
            data = preview_png(lod if lod is not None else loaded.scene)
            result["bytes"] = len(data)
        if step != "lod" or "bytes" in result:
            Path(out).write_bytes(data)
        result.update(load=loaded_at - started, step=time.perf_counter() - loaded_at)
    return result


def measure_input(name: str, path: Path, budget: int, repeat: int, workdir: Path) -> dict:
    """Return the figures of one input: the best of ``repeat`` runs of each measurement."""
    limits = Limits(face_budget=budget)
    row: dict = {"input": name, "file_mib": path.stat().st_size / MIB}

    def best(function, *args):
        runs = [run_in_child(function, *args, seconds=900) for _ in range(repeat)]
        return min(runs, key=lambda r: r[1].seconds)

    seconds, stats = best(trimesh_load, str(path))
    row["trimesh"] = {"seconds": seconds, "cpu": stats.cpu_seconds, "peak_mib": stats.max_rss / MIB}
    for step in ("web", "lod", "preview"):
        out = workdir / f"{path.stem}.{step}"
        result, stats = best(one_step, str(path), step, budget, str(out))
        row[step] = result | {"seconds": result["load"] + result["step"], "cpu": stats.cpu_seconds,
                              "peak_mib": stats.max_rss / MIB}
    from media.models3d.pipeline import build_derivatives  # noqa: PLC0415

    with tempfile.TemporaryDirectory(dir=workdir) as cache:
        made, stats = best(build_derivatives, str(path), cache, "ef" * 32, limits)
    row["faces"], row["lod_faces"] = made.web_faces, made.lod_faces
    row["job"] = {"seconds": stats.seconds, "cpu": stats.cpu_seconds, "peak_mib": stats.max_rss / MIB,
                  "steps": made.seconds}
    for key in ("web", "lod", "preview", "job"):
        row[key]["ratio"] = row[key]["seconds"] / row["trimesh"]["seconds"]
        row[key]["cpu_ratio"] = row[key]["cpu"] / row["trimesh"]["cpu"]
    return row


def print_table(rows: list[dict]) -> None:
    steps = ("web", "lod", "preview", "job")
    print(f"{'input':<30} {'faces':>9} {'LOD':>7} {'trimesh':>13} "
          + " ".join(f"{k:>24}" for k in steps))
    print(f"{'':<30} {'':>9} {'':>7} {'wall/cpu s':>13} " + " ".join(f"{'wall/cpu s  ×wall  MiB':>24}" for k in steps))
    for row in rows:
        cells = " ".join(f"{row[k]['seconds']:6.2f}/{row[k]['cpu']:6.2f} {row[k]['ratio']:5.1f}"
                         f" {row[k]['peak_mib']:5.0f}" for k in steps)
        print(f"{row['input']:<30} {row['faces']:9d} {row['lod_faces'] or '-':>7} "
              f"{row['trimesh']['seconds']:6.2f}/{row['trimesh']['cpu']:6.2f} {cells}")
    print("\n×wall = wall seconds ÷ trimesh's own load of the same file in the same run; cpu = the child's user+system"
          "\nseconds (all threads); MiB = the child's peak RSS. web, lod and preview each include the load and checks"
          "\n(as upload does); job is the whole derivative job.")
    for row in rows:
        steps_text = ", ".join(f"{k} {v:.2f} s" for k, v in row["job"]["steps"].items())
        print(f"  job steps of {row['input']}: {steps_text}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--workdir", type=Path, default=ROOT / "build" / "bench-models3d")
    parser.add_argument("--budget", type=int, default=Limits().face_budget)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--no-shared", action="store_true")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    inputs = [(f"noisy sphere {int(n) // 1000}k (STL)", noisy_sphere(int(n), args.workdir / f"sphere-{n}.stl"))
              for n in args.sizes.split(",")]
    if not args.no_shared and SHARED.is_dir():
        inputs += [("DamagedHelmet.glb (textured)", SHARED / "khronos" / "DamagedHelmet" / "DamagedHelmet.glb"),
                   ("counter.unitsmm.STL (CAD)", SHARED / "trimesh-models" / "counter.unitsmm.STL")]
    for _, path in inputs:
        path.read_bytes()  # into the page cache
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}, "
          f"face budget {args.budget}\n")
    rows = []
    for name, path in inputs:
        rows.append(measure_input(name, path, args.budget, args.repeat, args.workdir))
        print(f"  measured {name}", file=sys.stderr)
    print_table(rows)
    print(f"\nload average at the end {os.getloadavg()[0]:.1f}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
