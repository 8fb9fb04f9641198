<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="66" />
        <source>Triage Desk — sign in</source>
        <translation>Triage Desk — 로그인</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="67" />
        <source>Triage Desk — first start</source>
        <translation>Triage Desk — 처음 시작</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="68" />
        <source>Triage Desk — locked</source>
        <translation>Triage Desk — 잠김</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="71" />
        <source>Sign in with your Triage Desk account.</source>
        <translation>Triage Desk 계정으로 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="72" />
        <source>No account exists yet. Create the administrator account (at least 10 characters for the password) and choose the triage scale this installation uses (it can be changed later under Administration).</source>
        <translation>아직 계정이 없습니다. 관리자 계정을 만들고(비밀번호 10자 이상) 이 설치에서 사용할 중증도 분류 체계를 선택하세요(나중에 관리 메뉴에서 바꿀 수 있습니다).</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="76" />
        <source>The desk was locked after a period of inactivity. Enter your password to go on; nothing you typed was lost.</source>
        <translation>일정 시간 사용하지 않아 화면이 잠겼습니다. 계속하려면 비밀번호를 입력하세요. 입력한 내용은 그대로 남아 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="84" />
        <source>Database: %1</source>
        <translation>데이터베이스: %1</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="100" />
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="102" />
        <source>Full name</source>
        <translation>성명</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="103" />
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="109" />
        <source>Repeat password</source>
        <translation>비밀번호 확인</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="110" />
        <source>Triage scale</source>
        <translation>중증도 분류 체계</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="129" />
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="130" />
        <source>Create and sign in</source>
        <translation>만들고 로그인</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="131" />
        <source>Unlock</source>
        <translation>잠금 해제</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="135" />
        <source>Sign out</source>
        <translation>로그아웃</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="135" />
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="165" />
        <source>Enter the user name and the password.</source>
        <translation>사용자 이름과 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="169" />
        <source>The two passwords differ.</source>
        <translation>두 비밀번호가 다릅니다.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="180" />
        <source>Checking…</source>
        <translation>확인 중…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="112" />
        <source>Unlock…</source>
        <translation>잠금 해제…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138" />
        <source>&amp;Session</source>
        <translation>세션(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139" />
        <source>&amp;Lock</source>
        <translation>잠금(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142" />
        <source>Sign &amp;out</source>
        <translation>로그아웃(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147" />
        <source>&amp;About Triage Desk…</source>
        <translation>Triage Desk 정보(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209" />
        <source>Intake</source>
        <translation>접수</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209" />
        <source>Worklist</source>
        <translation>환자 목록</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209" />
        <source>Case</source>
        <translation>환자 기록</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210" />
        <source>Administration</source>
        <translation>관리</translation>
    </message>
</context>
</TS>