"""The two passes over the inputs (:mod:`.scan`): the first summarizes each input for the
rules (:class:`~.corpus.SourceSummary`), the second finds the marked forms and reports them.
Each input's scan is kept between the passes, where it was made."""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..errors import TranslitError
from .arabic import arabic_paragraphs
from .corpus import Corpus, FormKey, Marks, SourceSummary, read_quoted
from .findings import Finding, Place, finding_from
from .paragraphs import duplicate_findings
from .context import Contexts
from .scan import ChunkTable, SourceScan, byte_length

if TYPE_CHECKING:
    from multiprocessing.connection import Connection


def summarize(scan: SourceScan, path: str, rules: set[str]) -> SourceSummary:
    """What the rules need from one input, computed only for the enabled rules."""
    return SourceSummary(
        {form: (counted.count, counted.first) for form, counted in scan.plain_forms.items()},
        {key: (counted.count, counted.first) for key, counted in scan.quoted_forms.items()},
        scan.surely_latin_only(), scan.has_arabic(),
        arabic_paragraphs(scan) if "arabic-variant" in rules else [],
        duplicate_findings(path, scan) if "duplicate-paragraph" in rules else [],
    )


#: A place to report: the form, which of its marks, and where.
MarkPlace = tuple[FormKey, int, Place]


def mark_places(scan: SourceScan, marks: Marks, unquoted: frozenset[str]) -> list[MarkPlace]:
    """Every occurrence of the marked forms in one input, positioned: the second pass, which
    locates only the marked forms."""
    found = [
        ((form, False), start, end)
        for form, start, end in scan.locate_forms(form for form, ambiguous in marks if not ambiguous)
    ]
    readings = {key: read_quoted(*key, unquoted) for key in scan.quoted_forms}
    if any(reading[:2] in marks for reading in readings.values()):
        for token in scan.quoted:
            form, ambiguous, skip = readings[token.form, token.ambiguous]
            if (form, ambiguous) in marks:
                found.append(((form, ambiguous), token.start + byte_length(token.form[:skip]), token.end))
    return [
        (key, number, scan.place(start + byte_length(key[0][:mark.skip]), end))
        for key, start, end in found for number, mark in enumerate(marks[key])
        if (mark.after_article or not scan.after_article(start))
        and (mark.followed_by is None or scan.word_after(end) in mark.followed_by)
    ]


def mark_findings(path: str, marks: Marks, places: list[MarkPlace]) -> list[Finding]:
    findings = []
    for key, number, place in places:
        mark = marks[key][number]
        findings.append(finding_from(path, place, mark.rule, mark.message, mark.suggestion, mark.fix))
    return findings


class LocalPasses:
    """Both passes in this process, the inputs sharing one table of distinct chunks."""

    def __init__(self, corpus: Corpus, rules: set[str]) -> None:
        self.corpus = corpus
        self.rules = rules
        self._chunks = ChunkTable()
        self._scans: list[SourceScan] = []

    def first(self) -> None:
        """Scan every input and give the corpus its summaries and vocabulary."""
        self._scans = [SourceScan(source.text, self._chunks) for source in self.corpus.sources]
        self.corpus.summaries = [
            summarize(scan, source.path, self.rules) for scan, source in zip(self._scans, self.corpus.sources)
        ]
        self.corpus.vocabulary = self._chunks.vocabulary
        self.corpus.contexts = self.contexts

    def second(self, marks: list[Marks]) -> list[Finding]:
        """The findings of each input's marks.  The scans are let go here, as workers end
        after their second pass: nothing needs them after, and they are most of the memory."""
        places = self.places(marks)
        self._scans = []
        return [f for source, found, at in zip(self.corpus.sources, marks, places)
                for f in mark_findings(source.path, found, at)]

    def places(self, marks: list[Marks]) -> list[list[MarkPlace]]:
        return [mark_places(scan, found, self.corpus.unquoted) for scan, found in zip(self._scans, marks)]

    def contexts(self, forms: set[str]) -> dict[str, Contexts]:
        """The name contexts of these forms over every input (:mod:`.context`)."""
        return _merged(scan.contexts(forms, self.corpus.unquoted) for scan in self._scans)


def _merged(parts: Iterable[dict[str, Contexts]]) -> dict[str, Contexts]:
    merged: dict[str, Contexts] = defaultdict(Counter)
    for part in parts:
        for form, found in part.items():
            merged[form].update(found)
    return merged


#: Below this much text a worker process costs more than it saves.
PARALLEL_MIN_CHARACTERS = 4_000_000


def _shares(sizes: list[int], jobs: int) -> list[list[int]]:
    """The inputs of each worker: the largest first, each to the least loaded worker."""
    shares: list[list[int]] = [[] for _ in range(jobs)]
    loads = [0] * jobs
    for number in sorted(range(len(sizes)), key=lambda n: -sizes[n]):
        lightest = loads.index(min(loads))
        shares[lightest].append(number)
        loads[lightest] += sizes[number]
    return [sorted(share) for share in shares if share]


def _work(connection: Connection, corpus: Corpus, rules: set[str], numbers: list[int]) -> None:
    """A worker: the first pass over its inputs, then whatever the parent asks of them (name
    contexts, the places of the marks) until it has the places."""
    try:
        local = LocalPasses(Corpus([corpus.sources[n] for n in numbers], corpus.table), rules)
        local.first()
        connection.send((local.corpus.summaries, local.corpus.vocabulary))
        local.corpus.unquoted = connection.recv()
        while True:
            request, argument = connection.recv()
            if request == "contexts":
                connection.send(dict(local.contexts(argument)))
            else:
                connection.send(local.places(argument))
                return
    except BaseException as error:  # the parent re-raises it
        connection.send(error)


class WorkerPasses:
    """Both passes in worker processes, each owning some of the inputs and keeping their
    scans between the passes.  Workers are forked, so the inputs' text is shared, not sent;
    what travels is the summaries, the marks and the findings."""

    def __init__(self, corpus: Corpus, rules: set[str], jobs: int) -> None:
        self.corpus = corpus
        context = _fork_context()
        self._shares = _shares([len(source.text) for source in corpus.sources], jobs)
        self._connections: list[Connection] = []
        self._processes = []
        for numbers in self._shares:
            mine, theirs = context.Pipe()
            process = context.Process(target=_work, args=(theirs, corpus, rules, numbers), daemon=True)
            process.start()
            theirs.close()
            self._connections.append(mine)
            self._processes.append(process)

    def _send(self, connection: Connection, message: object) -> None:
        try:
            connection.send(message)
        except OSError:  # the worker is gone; its answer says why, or that it died
            self._receive(connection)
            raise TranslitError("a worker process ended before answering (try --jobs 1)") from None

    def _receive(self, connection: Connection):
        """A worker's answer; its error raised here (a worker that died is one too)."""
        try:
            answer = connection.recv()
        except EOFError:
            answer = TranslitError("a worker process ended before answering (try --jobs 1)")
        if isinstance(answer, BaseException):
            self.close()
            raise answer
        return answer

    def first(self) -> None:
        summaries: list[SourceSummary | None] = [None] * len(self.corpus.sources)
        for numbers, connection in zip(self._shares, self._connections):
            found, vocabulary = self._receive(connection)
            for number, summary in zip(numbers, found):
                summaries[number] = summary
            self.corpus.vocabulary |= vocabulary
        self.corpus.summaries = summaries  # type: ignore[assignment]
        self.corpus.contexts = self.contexts
        for connection in self._connections:
            self._send(connection, self.corpus.unquoted)

    def contexts(self, forms: set[str]) -> dict[str, Contexts]:
        for connection in self._connections:
            self._send(connection, ("contexts", forms))
        return _merged(self._receive(connection) for connection in self._connections)

    def second(self, marks: list[Marks]) -> list[Finding]:
        for numbers, connection in zip(self._shares, self._connections):
            self._send(connection, ("places", [marks[n] for n in numbers]))
        findings = []
        for numbers, connection in zip(self._shares, self._connections):
            for number, places in zip(numbers, self._receive(connection)):
                findings.extend(mark_findings(self.corpus.sources[number].path, marks[number], places))
        self.close()
        return findings

    def close(self) -> None:
        for process in self._processes:
            process.join(timeout=1)
            if process.is_alive():
                process.terminate()


def _fork_context():
    """The context of the fork start method, None where there is none.  ``multiprocessing``
    is imported here, for workers only: one process does without its 30 ms."""
    import multiprocessing

    return multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None


def passes_for(corpus: Corpus, rules: set[str], jobs: int | None = None) -> LocalPasses | WorkerPasses:
    """Worker processes for large corpora of several inputs (``jobs`` of them, by default
    one per processor), this process otherwise or with ``jobs=1``."""
    if jobs is None:
        large = sum(len(source.text) for source in corpus.sources) >= PARALLEL_MIN_CHARACTERS
        jobs = os.cpu_count() or 1 if large else 1
    jobs = min(jobs, len(corpus.sources))
    if jobs <= 1 or _fork_context() is None:
        return LocalPasses(corpus, rules)
    return WorkerPasses(corpus, rules, jobs)
