"""Small ports (typing.Protocol) of the archive, one per aggregate: plain records in and out."""
