# Copied from generator/runtime/_model.py.
# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""The base class of every generated model."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class ApiModel(BaseModel):
    """A model of the API's data: snake_case attributes, wire names as aliases, unknown fields kept.

    Validators are built on first use rather than at import, so importing the
    package stays fast however many models the spec has.
    """

    model_config = ConfigDict(defer_build=True, populate_by_name=True, extra="allow")
