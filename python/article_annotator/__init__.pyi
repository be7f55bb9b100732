import datetime
from typing import Iterable, Literal, Optional, Sequence, TypedDict, Union

from typing_extensions import NotRequired

Kind = Literal["person", "place", "date", "quote"]
DateLike = Union[str, datetime.date, None]
KindsLike = Union[str, Iterable[Kind], None]

ENGINE_VERSION: str
SCHEMA_VERSION: int
KINDS: tuple[Kind, Kind, Kind, Kind]

class PlaceInfo(TypedDict):
    name: str
    countryCode: str
    featureClass: str
    lat: float
    lon: float
    geonamesId: int

class DateInfo(TypedDict):
    type: Literal["date", "time", "duration", "set", "range"]
    value: Optional[str]
    start: NotRequired[str]
    end: NotRequired[str]

class Speaker(TypedDict):
    entity: Optional[str]
    name: str
    start: int
    end: int

class Cue(TypedDict):
    text: str
    start: int
    end: int

class QuoteInfo(TypedDict):
    type: Literal["direct", "partial", "scare", "indirect"]
    speaker: Optional[Speaker]
    cue: Optional[Cue]

class Annotation(TypedDict):
    kind: Kind
    start: int
    end: int
    text: str
    entity: NotRequired[str]
    confidence: float
    reason: str
    place: NotRequired[PlaceInfo]
    date: NotRequired[DateInfo]
    quote: NotRequired[QuoteInfo]

class Entity(TypedDict):
    id: str
    kind: Literal["person", "place"]
    name: str
    mentions: list[int]

class Result(TypedDict):
    version: int
    engine: str
    referenceDate: Optional[str]
    referenceDateSource: Literal["given", "dateline", "none"]
    annotations: list[Annotation]
    entities: list[Entity]

def annotate(text: str, reference_date: DateLike = None, kinds: KindsLike = None) -> Result: ...
def annotate_many(
    texts: Iterable[str],
    reference_dates: Optional[Sequence[DateLike]] = None,
    kinds: KindsLike = None,
    threads: Optional[int] = None,
) -> list[Result]: ...
