namespace DossierFlow.Application.Demo;

/// <summary>
/// Vietnamese names for the season-sized demo, put together from parts by a seeded random generator, so every run
/// makes the same people, collectives, households and communes.
/// </summary>
internal sealed class DemoNames(int seed)
{
    private static readonly string[] Families =
        ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Lâm", "Thạch", "Kim", "Trương", "Đinh"];
    private static readonly string[] MaleMiddles = ["Văn", "Minh", "Hoàng", "Quốc", "Thanh", "Hữu", "Công", "Đức", "Ngọc", "Thành"];
    private static readonly string[] FemaleMiddles = ["Thị", "Ngọc", "Thu", "Kim", "Mỹ", "Thanh", "Bích", "Diễm", "Thị Thu", "Thị Ngọc"];
    private static readonly string[] MaleGivens =
        ["An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khang", "Long", "Minh", "Nam", "Phúc", "Quang", "Sơn", "Tài", "Thắng", "Trí", "Tuấn", "Việt", "Vinh", "Phết"];
    private static readonly string[] FemaleGivens =
        ["Anh", "Bích", "Chi", "Dung", "Hà", "Hạnh", "Hồng", "Hương", "Lan", "Linh", "Loan", "Mai", "Nga", "Nhung", "Phương", "Thảo", "Trang", "Tuyết", "Vân", "Yến"];
    private static readonly string[] Places =
        ["Đại Ân", "An Thạnh", "Long Phú", "Mỹ Xuyên", "Thạnh Phú", "Ngã Năm", "Kế Sách", "Châu Thành", "Trần Đề", "Vĩnh Châu", "Lịch Hội Thượng",
         "Phú Tâm", "Thuận Hòa", "Hòa Tú", "Ngọc Tố", "Gia Hòa", "Tham Đôn", "Lai Hòa", "Vĩnh Hải", "Hưng Lợi", "Mỹ Hương", "Thới An Hội",
         "Long Hưng", "Ba Trinh", "Xuân Hòa", "Phong Nẫm", "Nhơn Mỹ", "An Lạc Tây", "Trinh Phú", "Đại Hải"];
    private static readonly string[] Departments =
        ["Sở Tài chính", "Sở Xây dựng", "Sở Công Thương", "Sở Nông nghiệp và Môi trường", "Sở Khoa học và Công nghệ", "Sở Văn hóa, Thể thao và Du lịch",
         "Sở Tư pháp", "Thanh tra tỉnh", "Văn phòng UBND tỉnh", "Ban Quản lý các khu công nghiệp", "Đài Phát thanh và Truyền hình", "Bệnh viện Đa khoa tỉnh",
         "Trường Cao đẳng Cộng đồng", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Tỉnh Đoàn", "Hội Cựu chiến binh tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
         "Kho bạc Nhà nước khu vực", "Bảo hiểm xã hội tỉnh"];
    private static readonly string[] Collectives =
        ["Phòng Kinh tế", "Phòng Văn hóa - Xã hội", "Trường Tiểu học", "Trường THCS", "Trạm Y tế", "Ban Chỉ huy Quân sự", "Hội Nông dân", "Hội Liên hiệp Phụ nữ",
         "Chi đoàn Thanh niên", "Ấp", "Tổ Hội nông dân", "Hợp tác xã nông nghiệp"];
    private static readonly string[] Positions =
        ["Chuyên viên", "Trưởng phòng", "Phó Trưởng phòng", "Giáo viên", "Bác sĩ", "Chủ tịch UBND xã", "Bí thư Chi bộ", "Trưởng ấp", "Kế toán", "Cán bộ Tư pháp - Hộ tịch"];

    private readonly Random _random = new(seed);

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
    public int Next(int from, int to) => _random.Next(from, to);

    public string Person(bool female) =>
        $"{Pick(Families)} {Pick(female ? FemaleMiddles : MaleMiddles)} {Pick(female ? FemaleGivens : MaleGivens)}";

    public string Person() => Person(_random.Next(2) == 0);
    public string Household() => _random.Next(2) == 0 ? $"Hộ ông {Person(false)}" : $"Hộ bà {Person(true)}";
    public string Position() => Pick(Positions);
    public string Collective() => $"{Pick(Collectives)} {Pick(Places)}";
    /// <summary>A commune or ward; past the list, a second round of numbered communes (as "Đại Ân 1", "Đại Ân 2" exist).</summary>
    public static string Commune(int index) => (index / Places.Length) switch
    {
        0 => $"Ủy ban nhân dân xã {Places[index]}",
        1 => $"Ủy ban nhân dân phường {Places[index % Places.Length]}",
        var round => $"Ủy ban nhân dân xã {Places[index % Places.Length]} {round - 1}",
    };

    /// <summary>A department or body of the province; past the list, schools and health centres of a place.</summary>
    public static string Department(int index) => index < Departments.Length ? Departments[index]
        : (index % 2 == 0 ? "Trường Trung học phổ thông " : "Trung tâm Y tế ") + Places[index % Places.Length];
}
