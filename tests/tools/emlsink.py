"""An aiosmtpd handler that writes each message it receives to NNNN.eml in a folder (tests/run.sh starts it)."""
import os


class EmlDir:
    def __init__(self, folder="."):
        self.folder = folder
        os.makedirs(self.folder, exist_ok=True)
        self.count = len(os.listdir(self.folder))

    @classmethod
    def from_cli(cls, parser, *args):
        # aiosmtpd passes the words after "-c emlsink.EmlDir" here: the folder to write to.
        return cls(*args)

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        path = os.path.join(self.folder, f"{self.count:04d}.eml")
        with open(path + ".tmp", "wb") as f:
            f.write(envelope.original_content)
        os.replace(path + ".tmp", path)  # atomic: a reader never sees half a message
        return "250 OK"
