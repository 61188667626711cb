"""jieba's dictionary in shards (tooling/site/jieba_shards.py) cuts Chinese exactly as jieba's
own tokenizer, with its whole dictionary, does; the shards are made once and keyed by jieba's
dictionary; a cold build makes them and a later build reads them instead of jieba's dictionary."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

jieba = pytest.importorskip("jieba")

from tooling.site import jieba_shards  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
# material's search plugin hands jieba runs of Han script (its _segment_chinese)
HAN_RUN = re.compile(r"[\u2e80-\u2fdf\u3005\u3007\u3021-\u3029\u3038-\u303b\u3400-\u4dbf\u4e00-\u9fff"
                     r"\uf900-\ufaff\U00020000-\U0003134f]+")

TRICKY = [
    "我们收集您的个人信息",
    "个人信息保护法第13条规定，处理个人信息应当具有明确、合理的目的。",
    "腾讯QQ和微信WeChat的用户协议v2.3于2021年11月1日生效",
    "〇一二三四五六七八九十百千万亿",
    "乒乓球拍卖完了",  # a classic ambiguity
    "结婚的和尚未结婚的",
    "南京市长江大桥",
    "他说：“这是一个测试。”（括号）《书名》——破折号……省略号",
    "㐀㐁㐂 豈 更 𠀀𠀁 中文",  # Ext A, compatibility, Ext B: outside jieba's blocks
    "叕叕叕叕叕叕叕叕",  # characters jieba's HMM has to guess
    "a",
    "",
    "数据跨境传输至新加坡、美国及欧盟成员国的关联公司",
]


def _texts():
    out = list(TRICKY)
    for path in sorted((ROOT / "docs" / "zh").rglob("*.md")) + sorted((ROOT / "tests" / "fixtures").rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        if re.search(r"[\u4e00-\u9fff]", text):
            out.append(text)
    return out


@pytest.fixture(scope="module")
def shards(tmp_path_factory):
    """Shards made in a folder of the test's, as a build makes them without the installation's
    (`make install` makes those: they are set aside here)."""
    folder = tmp_path_factory.mktemp("segments")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(jieba_shards, "installed_folder", lambda: str(folder / "no-installation"))
        tokenizer = jieba_shards.sharded_tokenizer(str(folder))
        yield folder, tokenizer


def test_the_shards_cut_as_jieba_does_on_real_and_tricky_text(shards):
    _, tokenizer = shards
    texts = _texts()
    assert len(texts) > len(TRICKY)  # the privacy statement is among them
    for text in texts:
        # as material does: each run of Han script, as UTF-8 bytes, default options (HMM on)
        for run in HAN_RUN.findall(text):
            assert list(tokenizer.cut(run.encode("utf-8"))) == list(jieba.cut(run.encode("utf-8"))), run
        # the whole text too (mixed English, digits, punctuation), and without the HMM
        assert list(tokenizer.cut(text)) == list(jieba.cut(text))
        assert list(tokenizer.cut(text, HMM=False)) == list(jieba.cut(text, HMM=False))


def test_a_tokenizer_loads_only_part_of_the_dictionary(shards):
    folder, _ = shards
    path = jieba_shards.shard_path(str(folder))
    fresh = jieba_shards.ShardedTokenizer(path, jieba_shards.dictionary_digest())
    list(fresh.cut((ROOT / "docs" / "zh" / "privacy.md").read_text(encoding="utf-8")))
    jieba.dt.check_initialized()
    assert len(fresh.tokenizer.FREQ) < len(jieba.dt.FREQ) / 5
    assert fresh.tokenizer.total == jieba.dt.total


def test_the_shards_are_keyed_by_the_dictionary(shards, tmp_path, monkeypatch):
    folder, _ = shards
    path = jieba_shards.shard_path(str(folder))
    assert os.path.basename(path).startswith("jieba-") and os.path.isfile(path)
    # another version of jieba (or another dictionary file) gets another file
    monkeypatch.setattr("importlib.metadata.version", lambda name: "0.0.1")
    assert jieba_shards.shard_path(str(folder)) != path
    monkeypatch.undo()
    # shards of another dictionary are not used: made again
    with pytest.raises(ValueError):
        jieba_shards.ShardedTokenizer(path, b"0" * 64)
    copy = tmp_path / os.path.basename(path)
    data = Path(path).read_bytes()
    digest = jieba_shards.dictionary_digest()
    copy.write_bytes(data.replace(digest, b"f" * 64, 1))
    tokenizer = jieba_shards.sharded_tokenizer(str(tmp_path))
    assert copy.read_bytes() == data  # rebuilt from jieba's dictionary
    assert list(tokenizer.cut("南京市长江大桥")) == list(jieba.cut("南京市长江大桥"))


@pytest.mark.parametrize("installed", [False, True], ids=["without installed shards", "with installed shards"])
def test_a_build_after_a_new_text_reads_the_shards_not_jiebas_dictionary(tmp_path, installed):
    """A cold build makes the shards, unless the installation has made them (`make install`); the
    build after a new Chinese text segments it without loading jieba's whole dictionary (no
    Tokenizer.initialize in that process)."""
    sys.path.insert(0, str(ROOT / "bench"))
    import bench_build

    root = bench_build.make_project(tmp_path / "p", 3)
    env = dict(os.environ, POLICY_PDF="0", NO_MKDOCS_2_WARNING="1")
    place = tmp_path / "installation"
    if installed:   # as `python -m tooling.site.jieba_shards` makes them, in a folder of the test's
        done = subprocess.run([sys.executable, "-c", "import sys; from tooling.site import jieba_shards as j; "
                               f"j.installed_folder = lambda: {str(place)!r}; print(j.install())"],
                              cwd=ROOT, env=env, capture_output=True, text=True)
        assert done.returncode == 0 and "jieba-" in done.stdout, done.stderr
    probe = ("import sys, runpy, jieba\n"
             "from tooling.site import jieba_shards\n"
             f"jieba_shards.installed_folder = lambda: {str(place)!r}\n"
             "calls = []\n"
             "init = jieba.Tokenizer.initialize\n"
             "jieba.Tokenizer.initialize = lambda self, *a, **k: (calls.append(1), init(self, *a, **k))[1]\n"
             "sys.argv = ['policy'] + sys.argv[1:]\n"
             "try:\n    runpy.run_module('tooling', run_name='__main__')\n"
             "except SystemExit as exc:\n    assert not exc.code, exc.code\n"
             "print('dictionary loads', len(calls))\n")

    def build(n, out):
        as_of = bench_build.as_of_for(n).isoformat()
        done = subprocess.run([sys.executable, "-c", probe, "build", "--as-of", as_of, "-o", str(out)],
                              cwd=root, env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        return int(done.stdout.rsplit("dictionary loads", 1)[1])

    # cold: jieba's dictionary once, to make the shards, or not at all with the installation's
    assert build(3, tmp_path / "s1") == (0 if installed else 1)
    assert len(list((root / ".policy-cache" / "search-segments").glob("jieba-*.shards"))) == (0 if installed else 1)
    bench_build.add_release(root, 4)
    assert build(4, tmp_path / "s2") == 0  # new Chinese segmented from the shards
    index = (tmp_path / "s2" / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "\u200b" in index


def test_jieba_is_imported_without_pkg_resources():
    """Importing setuptools' pkg_resources (which jieba does when it can) scans every installed
    distribution; the adapter imports jieba without it, and jieba then cuts the same."""
    code = ("import sys\n"
            "from tooling.site import mkdocs_adapter\n"
            "mkdocs_adapter._lazy_jieba()\n"
            "mkdocs_adapter._jieba_ready()\n"
            "import jieba\n"
            "assert 'pkg_resources' not in sys.modules, 'pkg_resources imported'\n"
            "print('/'.join(jieba.cut('南京市长江大桥和个人信息保护法')))\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "/".join(jieba.cut("南京市长江大桥和个人信息保护法"))
