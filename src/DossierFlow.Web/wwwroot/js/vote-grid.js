// The vote grid checks each row as it is typed: counts not negative, for + against + abstain not above the members
// present, and shows the voting rule's outcome; the server judges again when the grid is saved.
(function () {
    const table = document.getElementById('votes');
    if (!table) return;
    const members = Number(table.dataset.members), present = Number(table.dataset.present), written = Number(table.dataset.written);
    const value = input => input && input.value.trim() !== '' ? Number(input.value) : null;
    function check(row) {
        const inputs = row.querySelectorAll('input[type=number]');
        if (inputs.length === 0) return;
        const [votesFor, against, abstain, writtenFor] = [0, 1, 2, 3].map(i => value(inputs[i]));
        const cell = row.querySelector('.outcome');
        if ([votesFor, against, abstain, writtenFor].every(v => v === null)) { cell.textContent = 'Chưa có số phiếu'; row.classList.remove('invalid'); return; }
        let problem = null;
        if ([votesFor, against, abstain, writtenFor].some(v => v !== null && (v < 0 || !Number.isInteger(v)))) problem = 'Số phiếu phải là số nguyên không âm.';
        else if ((votesFor || 0) + (against || 0) + (abstain || 0) > present) problem = `Tổng số phiếu vượt quá số thành viên có mặt (${present}).`;
        else if ((writtenFor || 0) > written) problem = `Số ý kiến bằng văn bản đồng ý vượt quá ${written}.`;
        row.classList.toggle('invalid', problem !== null);
        inputs.forEach(i => i.setAttribute('aria-invalid', problem ? 'true' : 'false'));
        if (problem) { cell.textContent = problem; return; }
        const countWritten = row.dataset.countWritten === 'true';
        const attending = present + (countWritten ? written : 0);
        if (attending < Math.ceil(members * Number(row.dataset.quorum) / 100)) { cell.textContent = 'Không đủ túc số.'; return; }
        const yes = (votesFor || 0) + (countWritten ? (writtenFor || 0) : 0);
        const denominator = row.dataset.denominator === 'all' ? members : attending;
        const percent = Math.round(yes * 10000 / denominator) / 100;
        cell.textContent = `${percent >= Number(row.dataset.threshold) ? 'Đạt' : 'Không đạt'} (${yes}/${denominator}, ${percent.toLocaleString('vi-VN')}%)`;
    }
    table.addEventListener('input', e => { const row = e.target.closest('tr'); if (row) check(row); });
})();
