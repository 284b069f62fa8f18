"""AX rules: accessibility of what editors write (WCAG 2.2 AA, at the content author's level).

One module per area: images, links, headings, lists, tables, language, forms, embeds,
documents, structure, screen reader settings that do not exist or undo a decoration,
content hidden from screen readers but not the keyboard, text (capitals, justified text),
and the rendered page's findings (``--browser``); colour contrast lives in
:mod:`senreport.rules.contrast`. Accessible names and hidden content are worked out once,
in :mod:`senreport.rules.accessibility.accname`, for every rule that needs them. Each rule
records the W3C ACT rules it implements and the WCAG 2.2 success criteria it checks.
Importing this package registers the whole AX family.
"""

from __future__ import annotations

from senreport.rules import contrast  # noqa: F401  (registers AX130)
from senreport.rules.accessibility import (  # noqa: F401  (each module registers its rules)
    access_keys,
    aria_attributes,
    aria_context,
    aria_names,
    autocomplete,
    autoplay,
    bypass,
    captions,
    change_on_input,
    choice_groups,
    contrast_enhanced,
    decorative,
    decorative_described,
    documents,
    embeds,
    empty_headers,
    fake_buttons,
    field_labels,
    float_order,
    focus_stops,
    forms,
    header_scope,
    headings,
    hidden_focus,
    iframe_focus,
    image_titles,
    images,
    label_in_name,
    language,
    language_content,
    language_match,
    layout_tables,
    link_formats,
    link_roles,
    link_titles,
    link_words,
    links,
    lists,
    nested_tables,
    orientation,
    picture_links,
    position_words,
    refresh_delay,
    rendered,
    repeated_attributes,
    repeated_links,
    script_links,
    shared_labels,
    small_targets,
    spacer_images,
    spacing,
    structure,
    tables,
    text,
    text_art,
    text_direction,
    transcripts,
)
from senreport.rules.accessibility.accname import (
    accessible_name,
    is_hidden,
    name_from_content,
    role_of,
)

#: What a screen reader reads for an element's content (the name before this package).
accessible_text = name_from_content

__all__ = ["accessible_name", "accessible_text", "is_hidden", "name_from_content", "role_of"]
