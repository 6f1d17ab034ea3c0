"""Reads .eml files the way a mail program would (Python's email module, policy.default) and prints, as JSON,
one entry per file: the decoded subject, Message-ID, recipients, plain-text body and attachments."""
import email
import json
import sys
from email import policy

out = []
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        message = email.message_from_binary_file(f, policy=policy.default)
    body = message.get_body(preferencelist=("plain",))
    out.append({
        "file": path,
        "subject": str(message["Subject"]),
        "messageId": str(message["Message-ID"]),
        "to": [a.addr_spec for a in message["To"].addresses],
        "body": body.get_content() if body is not None else None,
        "attachments": [{"filename": p.get_filename(), "contentType": p.get_content_type(),
                         "size": len(p.get_payload(decode=True))} for p in message.iter_attachments()],
    })
print(json.dumps(out, ensure_ascii=False))
