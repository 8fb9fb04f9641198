"""Korean messages for triage_ko.ts (kept here so a re-run of lupdate can be refilled)."""
KO = {
    "Triage Desk — sign in": "Triage Desk — 로그인",
    "Triage Desk — first start": "Triage Desk — 처음 시작",
    "Triage Desk — locked": "Triage Desk — 잠김",
    "Sign in with your Triage Desk account.": "Triage Desk 계정으로 로그인하세요.",
    "No account exists yet. Create the administrator account (at least 10 characters for the password) and choose the triage scale this installation uses (it can be changed later under Administration).":
        "아직 계정이 없습니다. 관리자 계정을 만들고(비밀번호 10자 이상) 이 설치에서 사용할 중증도 분류 체계를 선택하세요(나중에 관리 메뉴에서 바꿀 수 있습니다).",
    "The desk was locked after a period of inactivity. Enter your password to go on; nothing you typed was lost.":
        "일정 시간 사용하지 않아 화면이 잠겼습니다. 계속하려면 비밀번호를 입력하세요. 입력한 내용은 그대로 남아 있습니다.",
    "Database: %1": "데이터베이스: %1",
    "User name": "사용자 이름",
    "Full name": "성명",
    "Password": "비밀번호",
    "Repeat password": "비밀번호 확인",
    "Triage scale": "중증도 분류 체계",
    "Sign in": "로그인",
    "Create and sign in": "만들고 로그인",
    "Unlock": "잠금 해제",
    "Sign out": "로그아웃",
    "Quit": "종료",
    "Enter the user name and the password.": "사용자 이름과 비밀번호를 입력하세요.",
    "The two passwords differ.": "두 비밀번호가 다릅니다.",
    "Checking…": "확인 중…",
    "Unlock…": "잠금 해제…",
    "&Session": "세션(&S)",
    "&Lock": "잠금(&L)",
    "Sign &out": "로그아웃(&O)",
    "&Help": "도움말(&H)",
    "&About Triage Desk…": "Triage Desk 정보(&A)…",
    "Intake": "접수",
    "Worklist": "환자 목록",
    "Case": "환자 기록",
    "Administration": "관리",
}

if __name__ == "__main__":
    import sys
    import xml.etree.ElementTree as ET

    path = sys.argv[1]
    tree = ET.parse(path)
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in KO:
            translation.text = KO[source]
            translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
