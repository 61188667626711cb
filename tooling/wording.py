"""Every word a reader sees, in every language: the one wording catalog.

``CATALOG[language]`` holds, for each language, every label, sentence template, date format and
punctuation rule of the site, the redlines, the change notices and letters, the feeds and the
CHANGELOG. Every language has every key (tests/test_wording.py checks it); a third language is
added here and in policy.toml, nowhere else. Templates are filled with ``str.format``; the fields
are named in the module that uses them. Keys that only a translation shows (the note that the
authoritative text prevails) are worded for every language too, so that any language can be the
authoritative one.

The modules keep their former names for these tables (``site.LABELS``, ``notices.STATUS_LABELS``,
``letter.WORDING`` …) as views of this catalog: :func:`table`.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:  # for the type checker only (no import cost at run time)
    from typing import Any

# what each entry words:
#   language_name: the language's name in the messages of `policy check`
#   site: the pages of the site (tooling/site/site.py)
#   section_link_title: the link from a section of a translation to the authoritative text (site_hooks)
#   offline: the offline page the service worker shows for a page not saved on the device (site/offline_page.py)
#   pdf: the PDF of a version and the links to it (tooling/site/pdf.py)
#   diff: redlines (tooling/diff/redline.py)
#   notice_status: the status of a section in notices, letters and pages
#   notice_kind: the kind of a release
#   preamble: the paragraphs before the first numbered section, in notices
#   banner: the banner of the in-force page
#   feed_title: the Atom feed
#   letter: the letter of a notice (e-mail, Atom, CSV); see tooling/notices/letter.py for the fields
#   text_names: the texts of a document, in a letter
#   changelog: CHANGELOG.md entries
#   notice_title, section_line, untouched, part_number: the title of a notice and the parts of its letter
#   locale: the language tag of e-mails; paragraph_indent: the first-line indent of a letter's paragraphs
#   date: dates (format_date); punctuation: the colon after a label, a document's title in a sentence

CATALOG: dict[str, dict[str, Any]] = {
    'zh': {
        'language_name': 'Chinese',
        'site': {
            'in-force': '现行版本',
            'upcoming': '即将生效的版本',
            'history': '历史版本',
            'parallel': '中英文对照',
            'home': '政策文件',
            'draft': '尚未发布：以下为编辑中的工作稿（docs/），并非已发布的正式版本，不具有效力。',
            'version': '版本',
            'effective': '生效日期',
            'published': '发布日期',
            'digest': '本版本发布记录的SHA-256摘要',
            'previous_digest': '前一版本发布记录的SHA-256摘要',
            'chain': '各版本发布记录依次以前一版本记录的SHA-256摘要相链接，任何已发布记录被改写均可被发现。核验数据：',
            'kind.first': '首次发布',
            'since': '本版本（{version}）自{date}起生效。',
            'replaced_by': '修订后的版本（{version}）已经发布，将于{date}起生效并取代本版本。',
            'replaces': '本版本（{version}）将于{date}起生效，届时取代现行版本（{current}）。',
            'replaces_none': '本版本（{version}）将于{date}起生效。',
            'see_notice': '变更通知',
            'see_redline': '修订对照',
            'centre_intro': '本平台发布的各项政策文件的现行有效版本、生效日期及已发布但尚未生效的修订。各文件以中文文本为准，英文译本仅供参考。',
            'read_text': '阅读全文',
            'subscribe': '订阅变更通知（Atom）',
            'feed_link_title': '{site} · 政策变更通知（中文）',
            'footer_feeds': '变更通知订阅：',
            'kind.material': '实质性修订',
            'kind.editorial': '文字性修订',
            'kind': '修订类型',
            'status.in-force': '现行有效',
            'status.upcoming': '尚未生效',
            'status.superseded': '已被取代，不再有效',
            'summary': '修订说明',
            'text': '文本',
            'changes': '变更说明',
            'notice': '变更通知',
            'affected': '涉及的条款',
            'redline': '修订对照',
            'inline': '修订标记视图',
            'side': '新旧对照视图',
            'view_choice': '修订对照的显示方式',
            'preview': '预览：以下为 docs/ 中编辑中的工作稿，尚未发布，仅供编辑人员预览。',
            'no_upcoming': '目前没有已发布但尚未生效的修订版本。现行有效版本请见[{title}]({href})。',
            'read_revised': '阅读修订后文本',
            'upcoming_notice': '修订后的《{title}》将于{date}生效。[查看变更内容]({changes}) · [阅读修订后文本]({text})',
            'superseded': '本版本自{start}起生效，已于{end}被新版本取代。现行有效版本请见[此处]({href})。',
            'superseded_never': '本版本未曾生效即被新版本取代。现行有效版本请见[此处]({href})。',
            'first': '本版本为首次发布的版本，无可供比较的前一版本。',
            'compared': '与前一版本（{prev}）比较。',
            'no_change': '与前一版本相比，各条款文字均无变化。',
            'formerly': '（原编号{number}）',
            'none': '尚无已发布的版本。',
            'other_summary': '英文说明',
            'parallel_intro': '以下为{label}的中文文本与英文译本逐条对照。如两种文本有任何不一致，以中文文本为准。',
            'preamble': '引言',
            'translation': '本文本为译本。如与原文有任何不一致，以原文为准。<a href="{href}">阅读原文</a>。',
            # compare any two versions (site.py: compare_page, assets/compare.js) and the version selector
            'compare': '版本比较',
            'compare_link': '比较任意两个版本',
            'compare_intro': '选择任意两个已发布的版本，查看两者之间的全部修订（修订标记与条款状态同变更说明页面）。',
            'compare_from': '较早版本',
            'compare_to': '较晚版本',
            'compare_go': '比较',
            'compare_needs_js': '比较结果由您的浏览器根据已发布的文本计算生成，须启用JavaScript。相邻两个版本之间的修订对照，亦可见于各版本的变更说明页面。',
            'compare_choose': '请选择需要比较的两个版本。',
            'compare_missing': '无法比较：须同时指定较早版本（from）和较晚版本（to）。已发布的版本：{versions}。',
            'compare_unknown': '无法比较：不存在已发布的版本“{id}”。已发布的版本：{versions}。',
            'compare_same': '无法比较：两处所选为同一版本（{id}），请选择两个不同的版本。',
            'compare_swapped': '所选的两个版本为由新到旧的顺序，以下按时间先后显示自{from}至{to}的修订。',
            'compare_working': '正在比较{from}与{to}……',
            'compare_failed': '无法读取版本{from}或{to}的文本：您可能处于离线状态，且此前未曾比较过该版本。请在联网后重试。',
            'version_select': '选择版本',
            'version_all': '全部历史版本',
        },
        'section_link_title': '阅读本条款的原文（以原文为准）',
        'serve': {  # the page `policy serve` shows while a source cannot be built
            'error_title': '预览无法更新',
            'error_intro': '修正以下错误并保存后，本页会自动刷新。',
        },
        'offline': {
            'title': '您目前处于离线状态',
            'text': '网络连接不可用，您要打开的页面尚未保存在本设备上。恢复联网后，请重新加载本页面。',
            'available': '以下页面已保存在本设备上，可离线阅读：',
            'none': '本设备尚未保存任何页面。',
            'reload': '重新加载',
        },
        'pdf': {
            'download': '下载 PDF',
            'download_title': '本版本的 PDF 文件（A4，供存档）',
            'document': '文件',
            'record': '发布记录 SHA-256',
            'text_digest': '本文本的 SHA-256 摘要',
            'address': '网址',
            'page': '第 {page} 页，共 {pages} 页',
        },
        'diff': {
            'added': '新增',
            'removed': '删除',
            'changed': '修改',
            'moved': '位置调整',
            'renumbered': '编号调整',
            'unchanged': '未变更',
            'legend': '图例',
            'inserted': '新增文字',
            'deleted': '删除文字',
            'section_status': '条款状态',
            'was': '原编号 {number}',
            'moved_note': '自原位置移至此处',
            'collapsed': '未变更条款 {n} 项',
            'collapsed_one': '未变更条款 1 项',
            'before': '修订前',
            'after': '修订后',
            'front': '标题及文档信息',
            'preamble': '引言',
            'no_changes': '两个版本之间无任何变更。',
            'summary': '条款变更情况：{counts}。',
            'unparsed': '其中一个版本的条款结构无法识别（{error}），以下按全文进行比对。',
            'heading': '{title}：自 {old} 至 {new} 的修订对照',
            'anchor': '链接至本条款',
            'sep': '，',
            'count': '{label} {n} 项',
        },
        'notice_status': {
            'added': '新增',
            'removed': '删除',
            'changed': '修改',
            'moved': '位置调整',
            'renumbered': '编号调整',
            'unchanged': '未变更',
        },
        'notice_kind': {
            'material': '实质性修订',
            'editorial': '文字性修订',
        },
        'preamble': '引言',
        'banner': {
            'first_upcoming': '《{title}》将于{day}起生效，请仔细阅读。',
            'first_past': '《{title}》已于{day}起生效。',
            'upcoming': '修订后的《{title}》将于{day}起生效，请查阅修订内容。',
            'consent': '修订生效后，您需重新同意修订后的《{title}》方可继续使用本平台服务。',
            'past': '《{title}》已经修订，修订后的版本自{day}起生效，请查阅修订内容。',
        },
        'feed_title': '{site} · 政策变更通知',
        'letter': {
            'doc': '《{title}》',
            'new_doc_first': '{doc}',
            'new_doc': '修订后的{doc}',
            'subject': '【{sender}】{title}',
            'salutation': '尊敬的用户：',
            'opening_first': '{doc}已于{pub}发布，自{eff}起生效。现将有关事项通知如下：',
            'opening': '我们已对{doc}进行修订。{new_doc}已于{pub}发布，自{eff}起生效。现将有关事项通知如下：',
            'consent': '{new_doc}生效后，您需重新阅读并同意该声明，方可继续使用本平台的服务。',
            'summary_first': '发布说明',
            'read_first': '请您阅读',
            'read_text': '请您仔细阅读{doc}全文，充分了解我们收集、使用、保护您的信息的规则。',
            'summary': '修订的主要内容',
            'sections': '涉及的条款',
            'nature': '修订性质',
            'material': '本次修订属于实质性修订，涉及您的权利和义务，请您仔细阅读。',
            'editorial': '本次修订属于文字性修订，不涉及您的权利和义务的变更。',
            'facts': ('文件名称', '版本', '发布日期', '生效日期', '修订性质', '是否需要重新同意'),
            'yes_no': ('是', '否'),
            'action_first': '阅读全文',
            'action': '查看修订前后对照',
            'links': ('{new_doc}全文', '发布说明', '修订前后对照', '历次版本'),
            'notes_first': ('如您对{doc}有任何疑问、意见或建议，请通过本平台公布的联系方式与我们联系。',),
            'notes': ('如您对本次修订有任何疑问、意见或建议，请通过本平台公布的联系方式与我们联系。',),
            'closing': '特此通知。',
            'fact_document': '{doc}',
            'translation_note': '本文本为《{authoritative}》的译本，仅为方便阅读而提供；如与原文有任何不一致，以原文为准。',
        },
        'text_names': {
            'zh': '中文文本',
            'en': '英文译本',
        },
        'changelog': {
            'material': '实质性修订',
            'editorial': '文字性修订',
            'published': '发布日期：',
            'effective': '生效日期：',
            'sep': ' · ',
            'Added': '新增',
            'Changed': '变更',
            'Fixed': '更正',
            'imported': '（历史版本，按原样收录）',
        },
        'notice_title': {
            'first': '关于发布《{title}》的通知',
            'amended': '关于修订《{title}》的通知',
        },
        'section_line': {
            'formerly': '，原编号为{before}',
            'line': '{name}（{note}）',
        },
        'untouched': {
            'text': '本次修订仅涉及{others}，{own}未作变更。',
            'join': '、',
        },
        'part_number': {
            'format': '{ordinal}、',
            'ordinals': '一二三四五六七八九十',
        },
        'locale': 'zh-CN',
        'paragraph_indent': 'text-indent:2em;',
        'date': {
            'format': '{year}年{month}月{day}日',
            'months': ('1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'),
        },
        'punctuation': {
            'colon': '：',
            'quote_title': '《{title}》',
        },
    },
    'en': {
        'language_name': 'English',
        'site': {
            'in-force': 'Version in force',
            'upcoming': 'Upcoming version',
            'history': 'Version history',
            'parallel': 'Chinese–English parallel text',
            'home': 'Policies',
            'draft': 'Not yet released: this is the working draft (docs/), not a published version; it has no effect.',
            'version': 'Version',
            'effective': 'Effective',
            'published': 'Published',
            'digest': 'SHA-256 of this release record',
            'previous_digest': 'SHA-256 of the previous release record',
            'chain': 'Each release record is linked to the previous one by its SHA-256 digest, so that any rewriting '
                     'of a published record can be detected. Verification data: ',
            'kind.first': 'First publication',
            'since': 'This version ({version}) has been in force since {date}.',
            'replaced_by': 'A revised version ({version}) has been published and replaces this version on {date}.',
            'replaces': 'This version ({version}) takes effect on {date} and then replaces the version in force ({current}).',
            'replaces_none': 'This version ({version}) takes effect on {date}.',
            'see_notice': 'Change notice',
            'see_redline': 'Redline',
            'centre_intro': 'The version in force of each policy of the platform, its effective date and any published change not yet in force. The Chinese text is authoritative; the English text is a translation.',
            'read_text': 'Read the text',
            'subscribe': 'Subscribe to change notices (Atom)',
            'feed_link_title': '{site} · Policy change notices (English)',
            'footer_feeds': 'Change notice feeds: ',
            'kind.material': 'Material change',
            'kind.editorial': 'Editorial change',
            'kind': 'Kind',
            'status.in-force': 'In force',
            'status.upcoming': 'Not yet in force',
            'status.superseded': 'Superseded — not in force',
            'summary': 'Summary',
            'text': 'Text',
            'changes': 'What changed',
            'notice': 'Change notice',
            'affected': 'Affected sections',
            'redline': 'Redline',
            'inline': 'Inline',
            'side': 'Side by side',
            'view_choice': 'How to show the redline',
            'preview': "Preview: the working draft in docs/, not released; shown only in the editors' preview.",
            'no_upcoming': 'No revised version has been published that is not yet in force. The version in force is [{title}]({href}).',
            'read_revised': 'Read the revised text',
            'upcoming_notice': 'A revised {title} takes effect on {date}. [See what changes]({changes}) · [Read the revised text]({text})',
            'superseded': 'This version applied from {start} until it was superseded on {end}. [Read the version in force]({href}).',
            'superseded_never': 'This version was superseded before it took effect. [Read the version in force]({href}).',
            'first': 'This is the first published version; there is no earlier version to compare with.',
            'compared': 'Compared with the previous version ({prev}).',
            'no_change': 'No section changed its wording compared with the previous version.',
            'formerly': ' (formerly {number})',
            'none': 'No version has been published yet.',
            'other_summary': 'Chinese summary (prevails)',
            'parallel_intro': 'The Chinese text of the {label} and its English translation, section by section. In case of any discrepancy, the Chinese text prevails.',
            'preamble': 'Preamble',
            'translation': 'This English text is a translation. The Chinese version is authoritative and prevails in case of any discrepancy. <a href="{href}" hreflang="zh" lang="zh">Read this page in Chinese</a>.',
            'compare': 'Compare versions',
            'compare_link': 'Compare any two versions',
            'compare_intro': 'Choose any two published versions to see every change between them (marked up as on the change pages, with the status of each section).',
            'compare_from': 'Earlier version',
            'compare_to': 'Later version',
            'compare_go': 'Compare',
            'compare_needs_js': 'The comparison is computed by your browser from the published texts and needs JavaScript. The redline between two consecutive versions is also on the change page of each version.',
            'compare_choose': 'Choose the two versions to compare.',
            'compare_missing': 'Cannot compare: both an earlier version (from) and a later version (to) are needed. Published versions: {versions}.',
            'compare_unknown': 'Cannot compare: there is no published version “{id}”. Published versions: {versions}.',
            'compare_same': 'Cannot compare: both choices are the same version ({id}); choose two different versions.',
            'compare_swapped': 'The two versions were chosen newest first; the changes are shown in time order, from {from} to {to}.',
            'compare_working': 'Comparing {from} with {to} …',
            'compare_failed': 'The text of version {from} or {to} could not be loaded: you may be offline and not have compared this version before. Please try again when online.',
            'version_select': 'Choose a version',
            'version_all': 'All versions',
        },
        'section_link_title': 'Read this section in Chinese (the Chinese version prevails)',
        'serve': {  # the page `policy serve` shows while a source cannot be built
            'error_title': 'The preview cannot be updated',
            'error_intro': 'Fix the error below and save the file: this page then reloads by itself.',
        },
        'offline': {
            'title': 'You are offline',
            'text': 'There is no network connection, and the page you asked for has not been saved on this device. Reload it once you are back online.',
            'available': 'These pages are saved on this device and can be read offline:',
            'none': 'No page has been saved on this device yet.',
            'reload': 'Reload',
        },
        'pdf': {
            'download': 'Download PDF',
            'download_title': 'This version as a PDF file (A4, for filing)',
            'document': 'Document',
            'record': 'Release record SHA-256',
            'text_digest': 'SHA-256 of this text',
            'address': 'Web address',
            'page': 'Page {page} of {pages}',
        },
        'diff': {
            'added': 'Added',
            'removed': 'Removed',
            'changed': 'Amended',
            'moved': 'Moved',
            'renumbered': 'Renumbered',
            'unchanged': 'Unchanged',
            'legend': 'Legend',
            'inserted': 'inserted text',
            'deleted': 'deleted text',
            'section_status': 'section status',
            'was': 'formerly {number}',
            'moved_note': 'moved from its former place',
            'collapsed': '{n} unchanged sections',
            'collapsed_one': '1 unchanged section',
            'before': 'Before',
            'after': 'After',
            'front': 'Title and document information',
            'preamble': 'Preamble',
            'no_changes': 'No changes between these versions.',
            'summary': 'Sections: {counts}.',
            'unparsed': 'The sections of one version could not be read ({error}); the whole text is compared.',
            'heading': '{title}: changes from {old} to {new}',
            'anchor': 'Link to this section',
            'sep': ', ',
            'count': '{n} {label}',
        },
        'notice_status': {
            'added': 'added',
            'removed': 'removed',
            'changed': 'amended',
            'moved': 'moved',
            'renumbered': 'renumbered',
            'unchanged': 'unchanged',
        },
        'notice_kind': {
            'material': 'material change',
            'editorial': 'editorial change',
        },
        'preamble': 'Preamble',
        'banner': {
            'first_upcoming': 'The {title} takes effect on {day}; please read it carefully.',
            'first_past': 'The {title} took effect on {day}.',
            'upcoming': 'A revised {title} takes effect on {day}; see what changes.',
            'consent': ' Once it takes effect, you will need to accept the revised {title} to continue using the platform.',
            'past': 'The {title} has been revised with effect from {day}; see what changed.',
        },
        'feed_title': '{site} · Policy change notices',
        'letter': {
            'doc': 'the {title}',
            'new_doc_first': '{doc}',
            'new_doc': 'the amended {title}',
            'subject': '[{sender}] {title}',
            'salutation': 'Dear User,',
            'opening_first': 'The {title} was published on {pub} and takes effect on {eff}. Please note the following.',
            'opening': 'We have amended the {title}. The amended {title} was published on {pub} and takes effect on {eff}. Please note the following.',
            'consent': 'Once {new_doc} takes effect, you will need to read and accept it before you continue to use the platform.',
            'summary_first': 'About this publication',
            'read_first': 'Please read it',
            'read_text': 'Please read the {title} in full to understand how we collect, use and protect your information.',
            'summary': 'Summary of the amendments',
            'sections': 'Sections affected',
            'nature': 'Nature of the amendments',
            'material': 'This is a material change that affects your rights and obligations; please read it carefully.',
            'editorial': 'This is an editorial change: it does not change your rights or obligations.',
            'facts': (
                'Document',
                'Version',
                'Published',
                'Takes effect',
                'Type of change',
                'Renewed consent required',
            ),
            'yes_no': ('Yes', 'No'),
            'action_first': 'Read the {title}',
            'action': 'See what has changed',
            'links': (
                'Full text of {new_doc}',
                'Publication notice',
                'Changes against the previous version',
                'All versions',
            ),
            'notes_first': (
                'If you have any questions, comments or suggestions about the {title}, please contact us through the contact details published on the platform.',
            ),
            'notes': (
                'If you have any questions, comments or suggestions about these amendments, please contact us through the contact details published on the platform.',
            ),
            'translation_note': 'The Chinese version of the {title} (《{authoritative}》) is authoritative; this English version is a translation provided for your convenience. In case of any discrepancy, the Chinese version prevails.',
            'closing': '',
            'fact_document': '{title}',
        },
        'text_names': {
            'zh': 'Chinese text',
            'en': 'English translation',
        },
        'changelog': {
            'material': 'material change',
            'editorial': 'editorial',
            'published': 'published ',
            'effective': 'effective ',
            'sep': ' · ',
            'Added': 'Added',
            'Changed': 'Changed',
            'Fixed': 'Fixed',
            'imported': ' (historical version, recorded as published)',
        },
        'notice_title': {
            'first': 'Notice of Publication of the {title}',
            'amended': 'Notice of Amendments to the {title}',
        },
        'section_line': {
            'formerly': '; formerly {before}',
            'line': '{name} ({note})',
        },
        'untouched': {
            'text': 'This revision only affects the {others}; the {own} is unchanged.',
            'join': ' and ',
        },
        'part_number': {
            'format': '{n}. ',
            'ordinals': '',
        },
        'locale': 'en',
        'paragraph_indent': '',
        'date': {
            'format': '{day} {month} {year}',
            'months': (
                'January',
                'February',
                'March',
                'April',
                'May',
                'June',
                'July',
                'August',
                'September',
                'October',
                'November',
                'December',
            ),
        },
        'punctuation': {
            'colon': ': ',
            'quote_title': 'the {title}',
        },
    },
}


def table(name):
    """{language: entry} of one entry of the catalog (the shape the modules used before)."""
    return {language: words[name] for language, words in CATALOG.items()}


def words(language, name):
    """The entry ``name`` in ``language`` (English for a language the catalog does not have)."""
    return (CATALOG.get(language) or CATALOG["en"])[name]


def locale(language):
    """The language tag of ``language`` in e-mail headers and HTML (zh-CN), or its code."""
    return CATALOG[language]["locale"] if language in CATALOG else language


def format_date(day, language):
    """2026年12月1日 / 1 December 2026."""
    date = words(language, "date")
    return date["format"].format(year=day.year, month=date["months"][day.month - 1], day=day.day)


def quote_title(title, language):
    """《隐私声明》 / the Privacy Statement."""
    return words(language, "punctuation")["quote_title"].format(title=title)
