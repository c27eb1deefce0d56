"""An import-linter contract: features meet only through the modules they declare public.

Every direct subpackage of the root package is a feature, except the shared ones the contract
names (``shared``): a new feature folder is covered the moment it exists. An import from one
feature into another must land on a module listed in ``public`` (or on the other feature's
package itself); anything else is broken, with the importing line named.

    [tool.importlinter]
    contract_types = ["public_surface: tools.surface_contract.PublicSurfaceContract"]
"""

from __future__ import annotations

from grimp import ImportGraph
from importlinter.application import output
from importlinter.domain import fields
from importlinter.domain.contract import Contract, ContractCheck


class PublicSurfaceContract(Contract):
    """Options: ``root`` (the package), ``shared`` (its non-feature subpackages), ``public``."""

    root = fields.StringField()
    shared = fields.ListField(subfield=fields.StringField())
    public = fields.ListField(subfield=fields.StringField())

    def _feature_of(self, module: str, features: set[str]) -> str | None:
        parts = module.split(".")
        if len(parts) < 2 or parts[0] != str(self.root):
            return None
        feature = f"{parts[0]}.{parts[1]}"
        return feature if feature in features else None

    def check(self, graph: ImportGraph, verbose: bool) -> ContractCheck:
        root = str(self.root)
        shared = {f"{root}.{name}" for name in self.shared}  # type: ignore[attr-defined]
        features = {
            child
            for child in graph.find_children(root)
            if child not in shared and graph.find_children(child)  # a package, not a module
        }
        public = set(self.public)  # type: ignore[arg-type]
        unknown = sorted(m for m in public if m not in graph.modules)
        breaks: list[dict[str, object]] = []
        for importer in sorted(graph.modules):
            source = self._feature_of(importer, features)
            if source is None:
                continue
            for imported in sorted(graph.find_modules_directly_imported_by(importer)):
                target = self._feature_of(imported, features)
                if target is None or target == source or imported == target:
                    continue
                if imported in public:
                    continue
                details = graph.get_import_details(importer=importer, imported=imported)
                lines = sorted({d["line_number"] for d in details})
                breaks.append({"importer": importer, "imported": imported, "lines": lines})
        return ContractCheck(
            kept=not breaks and not unknown,
            warnings=[f"{m} is declared public but does not exist" for m in unknown],
            metadata={"breaks": breaks, "unknown": unknown},
        )

    def render_broken_contract(self, check: ContractCheck) -> None:
        for name in check.metadata["unknown"]:
            output.print_error(f"{name} is declared public but no such module exists.")
        for found in check.metadata["breaks"]:
            lines = ", ".join(f"l.{n}" for n in found["lines"])
            output.print_error(
                f"{found['importer']} -> {found['imported']} ({lines}): not a public module of "
                "its feature. Import a public one, or declare this one public in pyproject.toml."
            )
            output.new_line()
