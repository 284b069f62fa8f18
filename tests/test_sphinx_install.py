"""A normal (not editable) install carries the extension's files and a site built with it is
styled: the wheel and the sdist are built, the wheel installed into a fresh venv."""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ROOTS = Path(__file__).parent / "roots"
#: Files the extension needs at run time, as they sit in the wheel.
PACKAGED = ["sphinx_senreport/static/senreport.css",
            "sphinx_senreport/static/senreport.schema.json",
            "sphinx_senreport/locale/cy/LC_MESSAGES/sphinx_senreport.mo"]


def _run(args: list[str], cwd: Path) -> str:
    done = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel and the sdist, built from a copy of the project (no build folders left)."""
    work = tmp_path_factory.mktemp("install")
    src = work / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    for package in ("senreport", "sidecar", "sphinx_senreport"):
        shutil.copytree(ROOT / package, src / package,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    out = work / "dist"
    _run([sys.executable, "-c", "import sys; from setuptools import build_meta as b; "
          "out = sys.argv[1]; "
          "b.build_wheel(out); b.build_sdist(out)", str(out)], cwd=src)
    return out


def test_wheel_and_sdist_hold_the_extensions_files(dist: Path) -> None:
    [wheel] = dist.glob("*.whl")
    [sdist] = dist.glob("*.tar.gz")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert set(PACKAGED) <= names
    with tarfile.open(sdist) as archive:
        members = {m.name.split("/", 1)[1] for m in archive.getmembers() if "/" in m.name}
    assert set(PACKAGED) <= members


def test_a_site_built_from_a_wheel_install_is_styled(dist: Path, tmp_path: Path) -> None:
    [wheel] = dist.glob("*.whl")
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=tmp_path)
    python = venv / "bin" / "python"
    site = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                     cwd=tmp_path).strip())
    # The dependencies (Sphinx, lxml...) come from the test environment's own folder, added
    # after the venv's, without its .pth files: senreport itself is only the wheel's copy.
    (site / "zz_test_dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n",
                                                   encoding="utf-8")
    _run([str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
          "--disable-pip-version-check", str(wheel)], cwd=tmp_path)
    where = _run([str(python), "-c", "import sphinx_senreport; print(sphinx_senreport.__file__)"],
                 cwd=tmp_path)
    assert where.startswith(str(site)), where
    src = tmp_path / "site"
    shutil.copytree(ROOTS / "test-senreport-complete", src)
    out = tmp_path / "html"
    _run([str(python), "-m", "sphinx", "-W", "-q", "-b", "html", str(src), str(out)],
         cwd=tmp_path)
    css = out / "_static" / "senreport.css"
    assert css.read_bytes() == (ROOT / "sphinx_senreport" / "static" / "senreport.css").read_bytes()
    page = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="_static/senreport.css' in page
    assert (out / "senreport.json").is_file()
