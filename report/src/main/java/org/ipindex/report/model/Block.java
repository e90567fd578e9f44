package org.ipindex.report.model;

/** What a section holds, in order: paragraphs, tables, figures and verbatim text. */
public sealed interface Block permits Paragraph, Table, Figure, Verbatim {}
