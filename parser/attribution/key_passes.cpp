// The passes that complete the key after entity, period, metric and modality: provenance where
// none was recorded, and what narrows the key.
#include "parser/attribution/key_provenance.hpp"
#include "parser/attribution/passes.hpp"

namespace figcheck::parser {

void infer_missing_provenance(AnnotatedDocument& document) {
  infer_key_provenance(document.text, document.claims, document.mentions, document.marks);
}

void narrow_keys(AnnotatedDocument& document) {
  document.narrower.narrow(document.text, document.claims, document.mentions, document.marks,
                           document.date);
}

}  // namespace figcheck::parser
