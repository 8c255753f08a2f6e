// How sure figcheck is that claims under one key state one fact, from the provenance of their
// keys (docs/precision.md). The criteria follow CodeQL's @precision: an error must hold on its
// evidence alone, not on a default or a guess.
#pragma once

#include <string>

#include "checker/corpus_claims.hpp"
#include "checker/finding.hpp"

namespace figcheck::checker {

// How firmly one claim's key is known: each part stated (high), carried or dated by its article
// (medium), or guessed (low); the weakest part decides.
Precision key_precision(const parser::Claim& claim);

// What must be equal, beyond the key, for two claims to state one fact: the population, the
// event instance and, for a running total, a level told without a date of its own or a figure
// of a period not over yet, the day it was told. Claims of one key with different scopes are
// different facts.
std::string fact_scope(const ClaimRef& ref);

// The precision of a finding whose evidence is `claims` (one key, one scope): the weakest key,
// lowered to medium when all the claims are of one article (two figures of one key in one article
// are more often two things than one thing stated twice).
Precision findings_precision(std::span<const ClaimRef* const> claims);

}  // namespace figcheck::checker
