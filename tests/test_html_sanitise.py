"""The allow-list of the site's sanitiser (tooling/site_hooks.py, nh3): what a legal text needs
stays, with its anchors and classes; whatever could run is removed."""

import pytest

from tooling.site.site_hooks import sanitise, sanitise_page

KEPT = [
    '<h2 id="s2-1" class="policy-section">2.1 收集的信息<a class="headerlink" href="#s2-1" title="Permanent link">¶</a></h2>',
    '<p>见<a href="../history/#v-v1" hreflang="zh" lang="zh">历史版本</a>与<a href="https://example.com/a?b=1">网站</a>'
    '及<a href="mailto:privacy@example.com">邮件</a>。</p>',
    '<ol start="3">\n<li><em>强调</em>与<strong>加粗</strong></li>\n</ol>',
    '<table>\n<thead>\n<tr>\n<th align="left">条款</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td align="right">1</td>\n</tr>\n</tbody>\n</table>',
    '<div class="admonition warning">\n<p class="admonition-title">尚未生效</p>\n<p>正文</p>\n</div>',
    '<section class="policy-release" id="v-v2"><h2>版本 v2 <span class="policy-status">现行有效</span></h2></section>',
    '<blockquote>\n<p>引文</p>\n</blockquote>',
    '<pre><code>代码</code></pre>',
    '<p><ins>新增</ins><del>删除</del></p>',
]


@pytest.mark.parametrize("html", KEPT)
def test_what_a_legal_text_needs_is_kept_as_it_is(html):
    assert sanitise(html) == html


@pytest.mark.parametrize("html, expected", [
    ("<p>a<script>alert(1)</script>b</p>", "<p>ab</p>"),
    ('<p><img src="x" onerror="alert(1)">a</p>', "<p>a</p>"),
    ('<p><a href="javascript:alert(1)">a</a></p>', "<p><a>a</a></p>"),
    ('<p><a href=" JaVaScRiPt:alert(1)">a</a></p>', "<p><a>a</a></p>"),
    ('<p><a href="data:text/html,<script>alert(1)</script>">a</a></p>', "<p><a>a</a></p>"),
    ('<p><a href="vbscript:x">a</a></p>', "<p><a>a</a></p>"),
    ('<p onclick="alert(1)" style="color:red" class="x">a</p>', '<p class="x">a</p>'),
    ('<svg onload="alert(1)"><circle r="1"></circle></svg>', ""),
    ('<iframe src="javascript:alert(1)"></iframe><object data="x"></object>', ""),
    ("<style>body{display:none}</style><p>a</p>", "<p>a</p>"),
    ('<form action="javascript:alert(1)"><button>b</button></form>', "b"),
    ("<!-- a comment --><p>a</p>", "<p>a</p>"),
])
def test_what_could_run_is_removed(html, expected):
    assert sanitise(html) == expected


def test_redline_placeholders_survive_and_are_not_sanitised_away():
    key = "a" * 64
    html = f"<p>x<script>1</script></p>\n<!--policy-fragment:{key}-->\n<p onclick=\"1\">y</p>"
    assert sanitise_page(html) == f"<p>x</p>\n<!--policy-fragment:{key}-->\n<p>y</p>"
