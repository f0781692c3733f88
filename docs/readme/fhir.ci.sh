# FHIR: put the US Core packages (and their dependencies) from ../shared/fhir into the FHIR package cache,
# where UsCoreValidator.defaultPackageCache() looks for them. The tests read ../shared/fhir directly; this is for
# users of the product's validator and for anything that expects the standard cache layout.
mkdir -p "$HOME/.fhir/packages"
for pkg in 'hl7.fhir.us.core#6.1.0' 'hl7.fhir.us.core#3.1.1' 'hl7.terminology.r4#5.3.0' 'hl7.fhir.uv.extensions.r4#1.0.0'; do
  rm -rf "$HOME/.fhir/packages/$pkg"
  cp -r "../shared/fhir/$pkg" "$HOME/.fhir/packages/$pkg"
done
