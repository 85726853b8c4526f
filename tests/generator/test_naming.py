"""Python names from spec names."""

from __future__ import annotations

import pytest

from generator import naming


@pytest.mark.parametrize(
    ("name", "snake", "pascal", "kebab"),
    [
        ("getAccountChangeLog", "get_account_change_log", "GetAccountChangeLog", "get-account-change-log"),
        ("listen-key", "listen_key", "ListenKey", "listen-key"),
        ("pageSize", "page_size", "PageSize", "page-size"),
        ("page_size", "page_size", "PageSize", "page-size"),
        ("HTTPServer", "http_server", "HttpServer", "http-server"),
        ("maxDrawdown30dRate", "max_drawdown30d_rate", "MaxDrawdown30dRate", "max-drawdown30d-rate"),
        ("class", "class_", "Class", "class"),
        ("1D", "value_1_d", "Model1D", "1-d"),
        ("café au lait", "cafe_au_lait", "CafeAuLait", "cafe-au-lait"),
    ],
)
def test_conversions(name: str, snake: str, pascal: str, kebab: str) -> None:
    assert naming.snake(name) == snake
    assert naming.pascal(name) == pascal
    assert naming.kebab(name) == kebab


def test_keywords_are_escaped_and_soft_keywords_kept() -> None:
    assert naming.snake("from") == "from_"
    assert naming.snake("match") == "match"
    assert naming.snake("type") == "type"
    assert naming.constant("getInfo") == "GET_INFO"


def test_dedupe_keeps_the_first_and_numbers_the_rest() -> None:
    assert naming.dedupe(["a", "b", "a", "a"], frozenset({"b"})) == ["a", "b_2", "a_2", "a_3"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # A good class name is kept letter for letter: acronyms and digits stay as written.
        ("HTTPServer", "HTTPServer"),
        ("OAuth2Token", "OAuth2Token"),
        ("Model3D", "Model3D"),
        ("Pet", "Pet"),
        # Everything else is made PascalCase, and a bad result gets the fallback word.
        ("pet", "Pet"),
        ("listen-key", "ListenKey"),
        ("3DSecure", "Model3DSecure"),
        ("None", "NoneModel"),
        ("Exception", "ExceptionModel"),
        ("class", "Class"),
    ],
)
def test_class_name_keeps_good_names_and_repairs_the_rest(name: str, expected: str) -> None:
    assert naming.class_name(name) == expected
    assert naming.is_class_name(expected)


@pytest.mark.parametrize("name", ["pet", "Pet_Store", "Ünïcode", "3D", "None", "str", "HTTP Server", ""])
def test_class_name_is_always_a_class_name(name: str) -> None:
    assert naming.is_class_name(naming.class_name(name))
