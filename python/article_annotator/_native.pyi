from typing import Optional

def annotate_json(text: str, reference_date: Optional[str] = None, kinds: Optional[str] = None) -> str: ...
def annotate_many_json(
    texts: list[str],
    reference_dates: Optional[list[Optional[str]]] = None,
    kinds: Optional[str] = None,
    threads: Optional[int] = None,
) -> list[str]: ...
def engine_version() -> str: ...
