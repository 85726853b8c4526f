"""Canned response envelopes, as the 6MM server would send them (standard library only).

Values are realistic and varied, so that no parser gets an easy ride from repetition:
decimal strings with 8 decimals, Unix-millisecond times, a handful of asset and change types,
distinct reference ids. The same seed gives the same bytes.
"""

from __future__ import annotations

import json
import random

BASE_URL = "https://api.6mm.com"
USER_INFO_PATH = "/v1/private/user/info"
CHANGE_LOG_PATH = "/v1/private/user/account-change-log"
REQUEST_ID = "0f8fad5b-d9cb-469f-a165-70867728950e"
HEADERS = {"content-type": "application/json"}

_ASSETS = ("USDT", "USDT", "USDT", "BTC", "ETH", "USDC")
_CHANGE_TYPES = ("TRADE", "FEE", "FUNDING", "TRANSFER_IN", "TRANSFER_OUT", "REALIZED_PNL", "LIQUIDATION")


def envelope(data: object) -> bytes:
    return json.dumps(
        {"code": 0, "message": "success", "data": data, "requestId": REQUEST_ID},
        separators=(",", ":"),
    ).encode("utf-8")


def user_info() -> bytes:
    return envelope(
        {
            "userInfo": {
                "userId": "U8800231457",
                "username": "alice_trader",
                "agentId": 10001,
                "vipLevel": 2,
                "lastLoginAt": 1772710377808,
                "lastLoginIp": "203.0.113.24",
            }
        }
    )


def _decimal(rng: random.Random, low: float, high: float) -> str:
    return f"{rng.uniform(low, high):.8f}"


def change_log_rows(rows: int, seed: int = 6) -> list[dict[str, object]]:
    rng = random.Random(seed)
    entries: list[dict[str, object]] = []
    wallet = 10_000.0
    frozen = 150.0
    now_ms = 1_772_710_377_808
    for i in range(rows):
        amount = rng.uniform(-250.0, 250.0)
        frozen_after = max(0.0, frozen + rng.uniform(-20.0, 20.0))
        entries.append(
            {
                "assetType": rng.choice(_ASSETS),
                "amount": f"{amount:.8f}",
                "walletBalanceBefore": f"{wallet:.8f}",
                "walletBalanceAfter": f"{wallet + amount:.8f}",
                "frozenBalanceBefore": f"{frozen:.8f}",
                "frozenBalanceAfter": f"{frozen_after:.8f}",
                "changeType": rng.choice(_CHANGE_TYPES),
                "referenceId": f"{rng.getrandbits(63):019d}",
                "createdAt": now_ms - i * 37_000 - rng.randrange(1000),
            }
        )
        wallet += amount
        frozen = frozen_after
    return entries


def change_log(rows: int, seed: int = 6) -> bytes:
    return envelope({"list": change_log_rows(rows, seed), "total": rows * 7})


OPERATIONS = {
    # id → (path, query for the call, body factory, rows)
    "user-info": (USER_INFO_PATH, {}, user_info, 0),
    "change-log-100": (CHANGE_LOG_PATH, {"pageSize": 100}, lambda: change_log(100), 100),
    "change-log-1000": (CHANGE_LOG_PATH, {"pageSize": 1000}, lambda: change_log(1000), 1000),
}
OPERATION_LABELS = {
    "user-info": "user info (small object)",
    "change-log-100": "change log, 100 rows",
    "change-log-1000": "change log, 1,000 rows",
}
