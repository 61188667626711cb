import time

import pytest

from tooling.errors import SourceError
from tooling.source import MAX_BYTES, decode_source, read_source


def test_bom_and_crlf_are_accepted(tmp_path):
    path = tmp_path / "doc.md"
    path.write_bytes(b"\xef\xbb\xbf# \xe6\xa0\x87\xe9\xa2\x98\r\n\r\n## 1. A\r\n\r\ntext\rmore\r\n")
    source = read_source(path)
    assert source.text.startswith("# 标题\n")
    assert "\r" not in source.text


def test_gbk_file_is_refused_with_the_place_and_how_to_convert(tmp_path):
    path = tmp_path / "privacy.md"
    path.write_bytes("# 隐私声明\n\n## 1. 适用范围\n".encode("gbk"))
    with pytest.raises(SourceError) as info:
        read_source(path, "docs/zh/privacy.md")
    err = info.value
    assert err.code == "E001"
    assert (err.path, err.line, err.column) == ("docs/zh/privacy.md", 1, 3)
    assert "not UTF-8" in err.message and "GBK" in err.message and "iconv" in err.message


def test_empty_file_is_refused():
    with pytest.raises(SourceError) as info:
        decode_source(b" \n\n", "x.md")
    assert info.value.code == "E002"


def test_front_matter_simple_and_full_yaml():
    assert decode_source(b"---\ntranslation_of: zh\n---\n# T\n", "x").front_matter == {"translation_of": "zh"}
    source = decode_source(b"---\ntags: [a, b]\nversion: 2\n---\n# T\n", "x")
    assert source.front_matter == {"tags": ["a", "b"], "version": 2}
    assert source.body_line == 5


def test_invalid_yaml_front_matter_names_the_line():
    with pytest.raises(SourceError) as info:
        decode_source(b"---\ntitle: ok\nbad: [unclosed\n---\n# T\n", "x.md")
    assert info.value.code == "E005"
    assert info.value.line >= 3
    assert "not valid YAML" in info.value.message


def test_unclosed_front_matter():
    with pytest.raises(SourceError) as info:
        decode_source(b"---\ntitle: x\n# T\n", "x.md")
    assert info.value.code == "E005" and info.value.line == 1


def test_very_large_file_is_refused_quickly(tmp_path):
    path = tmp_path / "huge.md"
    line = ("这是一段很长的政策文本。" * 20 + "\n\n").encode()
    with open(path, "wb") as fh:
        while fh.tell() < 10 * 1024 * 1024:
            fh.write(line * 100)
    start = time.perf_counter()
    with pytest.raises(SourceError) as info:
        read_source(path)
    assert time.perf_counter() - start < 5  # bounded: it reads no more than the limit
    assert info.value.code == "E006" and "10.1 MB" in info.value.message
    assert MAX_BYTES < path.stat().st_size
