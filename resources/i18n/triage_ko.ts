<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="33" />
        <source>Model files</source>
        <translation>모델 파일</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="34" />
        <source>Engine</source>
        <translation>엔진</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="35" />
        <source>Image model</source>
        <translation>영상 모델</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="36" />
        <source>Database</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="37" />
        <source>Window</source>
        <translation>창</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="43" />
        <source>all checks passed</source>
        <translation>모든 점검 통과</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="44" />
        <source>FAILED: {checks}</source>
        <translation>실패: {checks}</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="46" />
        <source>hash ok</source>
        <translation>해시 일치</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="46" />
        <source>HASH MISMATCH</source>
        <translation>해시 불일치</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="47" />
        <source>Models: {files}</source>
        <translation>모델: {files}</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="49" />
        <source>Engine: {engine}; built-in emergency example → level {level}</source>
        <translation>엔진: {engine}; 내장 응급 예시 → {level}등급</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="50" />
        <source>rules only</source>
        <translation>규칙만 사용</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="50" />
        <source>models loaded</source>
        <translation>모델 불러옴</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="54" />
        <source>Image model {version}: {verdict}</source>
        <translation>영상 모델 {version}: {verdict}</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="57" />
        <source>Database: {backend} {name}, schema {schema}</source>
        <translation>데이터베이스: {backend} {name}, 스키마 {schema}</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="63" />
        <source>{part}: {error}</source>
        <translation>{part}: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="65" />
        <source>Timings: {timings}</source>
        <translation>소요 시간: {timings}</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="73" />
        <source>About Triage Desk</source>
        <translation>Triage Desk 정보</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="76" />
        <source>Triage Desk {0} — decision support, not a decision maker.</source>
        <translation>Triage Desk {0} — 결정을 돕는 도구이며, 결정은 의료진이 합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="79" />
        <source>Checking this installation…</source>
        <translation>이 설치를 점검하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="101" />
        <source>The self-check did not answer (exit {0}).</source>
        <translation>자체 점검이 응답하지 않았습니다(종료 코드 {0}).</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="104" />
        <source>All checks passed.</source>
        <translation>모든 점검을 통과했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="105" />
        <source>Some checks failed: see below.</source>
        <translation>일부 점검이 실패했습니다. 아래를 보세요.</translation>
    </message>
</context>
<context>
    <name>AdminView</name>
    <message>
        <location filename="../../ui/admin/__init__.py" line="55" />
        <source>Administration needs the administrator role.</source>
        <translation>관리 화면은 관리자 권한이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="67" />
        <source>Users</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="68" />
        <source>Audit log</source>
        <translation>감사 기록</translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="69" />
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="70" />
        <source>Models</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="71" />
        <source>Agreement</source>
        <translation>일치도</translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="72" />
        <source>Settings</source>
        <translation>설정</translation>
    </message>
</context>
<context>
    <name>AgreementPage</name>
    <message>
        <location filename="../../ui/admin/agreement_page.py" line="82" />
        <source>wk </source>
        <translation>주 </translation>
    </message>
    <message>
        <location filename="../../ui/admin/agreement_page.py" line="103" />
        <source>Suggested level</source>
        <translation>제안 등급</translation>
    </message>
    <message>
        <location filename="../../ui/admin/agreement_page.py" line="104" />
        <source>Clinician's final level</source>
        <translation>의사의 최종 등급</translation>
    </message>
    <message>
        <location filename="../../ui/admin/agreement_page.py" line="105" />
        <source>Under- and over-triage by the suggestion (% of reviews)</source>
        <translation>제안의 과소·과대 분류(검토 대비 %)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/agreement_page.py" line="106" />
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location filename="../../ui/admin/agreement_page.py" line="136" />
        <source>No reviews yet: the dashboard fills as clinicians accept or override suggestions.</source>
        <translation>아직 검토가 없습니다. 의사가 제안을 승인하거나 변경하면 현황판이 채워집니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin/agreement_page.py" line="140" />
        <source>%Ln review(s)</source>
        <translation><numerusform>검토 %Ln건</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/admin/agreement_page.py" line="141" />
        <source>exact agreement &lt;b&gt;{exact}&lt;/b&gt; · under-triage &lt;b style='color:{under_colour}'&gt;{under}&lt;/b&gt; (suggestion less urgent than the clinician) · over-triage &lt;b style='color:{over_colour}'&gt;{over}&lt;/b&gt; (more urgent)</source>
        <translation>정확히 일치 &lt;b&gt;{exact}&lt;/b&gt; · 과소 분류 &lt;b style='color:{under_colour}'&gt;{under}&lt;/b&gt;(제안이 의사보다 덜 긴급) · 과대 분류 &lt;b style='color:{over_colour}'&gt;{over}&lt;/b&gt;(더 긴급)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/agreement_page.py" line="149" />
        <source>under</source>
        <translation>과소</translation>
    </message>
    <message>
        <location filename="../../ui/admin/agreement_page.py" line="150" />
        <source>over</source>
        <translation>과대</translation>
    </message>
</context>
<context>
    <name>AttachmentsBox</name>
    <message>
        <location filename="../../ui/intake/attachments.py" line="110" />
        <source>Images (drop files here)</source>
        <translation>영상(여기에 파일을 끌어 놓으세요)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/attachments.py" line="119" />
        <source>Attach image…</source>
        <translation>영상 첨부…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/attachments.py" line="140" />
        <source>Attach images</source>
        <translation>영상 첨부</translation>
    </message>
    <message>
        <location filename="../../ui/intake/attachments.py" line="141" />
        <source>Images ({patterns})</source>
        <translation>영상({patterns})</translation>
    </message>
    <message>
        <location filename="../../ui/intake/attachments.py" line="163" />
        <source>reading {0}…</source>
        <translation>{0} 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/attachments.py" line="189" />
        <source>{0}: could not be read ({1}: {2})</source>
        <translation>{0}: 읽을 수 없습니다({1}: {2})</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="36" />
        <source>Why</source>
        <translation>근거</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="36" />
        <source>Needed permission</source>
        <translation>필요한 권한</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="36" />
        <source>Count</source>
        <translation>횟수</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="36" />
        <location filename="../../ui/admin/audit_page.py" line="192" />
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="37" />
        <source>Roles</source>
        <translation>역할</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="37" />
        <source>Failed attempts</source>
        <translation>실패 횟수</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="37" />
        <source>Locked</source>
        <translation>잠김</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="38" />
        <source>Failed sign-ins with unknown names</source>
        <translation>알 수 없는 이름의 로그인 실패</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="38" />
        <source>De-identified</source>
        <translation>비식별화</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="39" />
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="39" />
        <source>Reason given</source>
        <translation>사유 입력</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="39" />
        <source>Attachments</source>
        <translation>첨부</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="40" />
        <source>From level</source>
        <translation>이전 등급</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="40" />
        <source>To level</source>
        <translation>변경 등급</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="40" />
        <source>Level</source>
        <translation>등급</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="40" />
        <source>Decision</source>
        <translation>결정</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="46" />
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="46" />
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="50" />
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="158" />
        <source>hash {hash}
previous {previous}</source>
        <translation>해시 {hash}
이전 {previous}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="189" />
        <source>Action (e.g. case, login, user)</source>
        <translation>동작(예: case, login, user)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="193" />
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="194" />
        <source>Verify chain</source>
        <translation>체인 검증</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="195" />
        <source>Chain not verified yet</source>
        <translation>아직 체인을 검증하지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="226" />
        <source>Verifying the audit chain…</source>
        <translation>감사 기록 체인을 검증하는 중…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin/audit_page.py" line="238" />
        <source>Audit chain intact: %Ln row(s) checked</source>
        <translation><numerusform>감사 기록 체인 정상: %Ln행 확인</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="241" />
        <source> — head {head} (keep a copy outside this computer)</source>
        <translation> — 헤드 {head}(이 컴퓨터 밖에 사본을 보관하세요)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="246" />
        <source>✘ Audit chain BROKEN at row {0}: {1}</source>
        <translation>✘ 감사 기록 체인이 {0}행에서 손상됨: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="252" />
        <source>Could not verify: {0}</source>
        <translation>검증할 수 없습니다: {0}</translation>
    </message>
</context>
<context>
    <name>CalibrationPanel</name>
    <message>
        <location filename="../../ui/admin/calibration_panel.py" line="135" />
        <source>Use this point</source>
        <translation>이 지점 사용</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calibration_panel.py" line="137" />
        <source>Reset to the shipped default</source>
        <translation>기본값으로 되돌리기</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calibration_panel.py" line="143" />
        <source>Site calibration (the 2/3 line) for the scale</source>
        <translation>분류 체계의 병원별 보정(2/3 경계선)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calibration_panel.py" line="147" />
        <source>Point on the curve</source>
        <translation>곡선 위의 지점</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calibration_panel.py" line="179" />
        <source>Saving the new line…</source>
        <translation>새 경계선을 저장하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calibration_panel.py" line="184" />
        <source>Returning to the shipped default…</source>
        <translation>기본값으로 되돌리는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calibration_panel.py" line="195" />
        <source>Saved and audited; this desk uses the new line now, other desks from their next sign-in.</source>
        <translation>저장하고 감사 기록에 남겼습니다. 이 단말은 지금부터, 다른 단말은 다음 로그인부터 새 경계선을 사용합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calibration_panel.py" line="208" />
        <source>Not done: {reason}</source>
        <translation>처리하지 못했습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calibration_panel.py" line="232" />
        <source>line {t} — called 1-2 {share}, emergent {em}, critical {cr}</source>
        <translation>경계선 {t} — 1-2등급 판정 {share}, 응급 민감도 {em}, 중환 민감도 {cr}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calibration_panel.py" line="255" />
        <source>In force: the shipped default</source>
        <translation>적용 중: 기본값</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calibration_panel.py" line="256" />
        <source>P(critical) line {t}, chosen on hospital-grouped cross-validation of NHAMCS (model card outcome_risk.md).</source>
        <translation>P(중환) 경계선 {t}, NHAMCS 병원별 교차 검증으로 선택(모델 카드 outcome_risk.md).</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calibration_panel.py" line="260" />
        <source>Expected there: called 1-2 {share}, emergent sensitivity {em}, critical sensitivity {cr}.</source>
        <translation>예상 성능: 1-2등급 판정 {share}, 응급 민감도 {em}, 중환 민감도 {cr}.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calibration_panel.py" line="265" />
        <source>The curve is that of {v}, the last site calibration: pick a point to put a site line back in force.</source>
        <translation>곡선은 마지막 병원별 보정 {v}의 것입니다. 지점을 골라 병원 경계선을 다시 적용하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calibration_panel.py" line="271" />
        <source>In force: site calibration {v}</source>
        <translation>적용 중: 병원별 보정 {v}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calibration_panel.py" line="272" />
        <source>P(critical) line {t}</source>
        <translation>P(중환) 경계선 {t}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calibration_panel.py" line="274" />
        <source>Data: {file}, {rows} rows, sha256 {sha}; fitted {date}; saved {saved} by {who}.</source>
        <translation>데이터: {file}, {rows}행, sha256 {sha}; 적합 {date}; {saved}에 {who} 저장.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calibration_panel.py" line="279" />
        <source>On that file: called 1-2 {share}, emergent sensitivity {em}, critical sensitivity {cr}, under-triage {ut}.</source>
        <translation>해당 파일 기준: 1-2등급 판정 {share}, 응급 민감도 {em}, 중환 민감도 {cr}, 과소 분류 {ut}.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calibration_panel.py" line="285" />
        <source>Below 1-2, this ED's own line between 3 and 4-5 moves cases up (+{shift} log-odds per level) so that its nurses' levels are under-called at most {target} of the time.</source>
        <translation>1-2등급 아래에서는 이 응급실 자체의 3등급과 4-5등급 사이 기준선이 환자를 올립니다(등급당 로그 오즈 +{shift}). 간호사 등급보다 낮게 판정되는 비율이 {target} 이하가 되도록 맞춘 것입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calibration_panel.py" line="291" />
        <source>Picked on the curve of {v}: these figures are measured on the calibration file, not cross-validated.</source>
        <translation>{v}의 곡선에서 선택: 이 수치는 보정 파일에서 측정한 값이며 교차 검증 값이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calibration_panel.py" line="297" />
        <source>shipped default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calibration_panel.py" line="298" />
        <source>line {t}</source>
        <translation>경계선 {t}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/calibration_panel.py" line="300" />
        <source>History</source>
        <translation>이력</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <location filename="../../ui/case/header.py" line="23" />
        <source>No case selected</source>
        <translation>선택한 환자가 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/case/header.py" line="45" />
        <source>DEMO DATA</source>
        <translation>시연용 데이터</translation>
    </message>
    <message>
        <location filename="../../ui/case/header.py" line="46" />
        <source>Case {case}: {name}, {age} {sex}</source>
        <translation>{case}번 환자: {name}, {age} {sex}</translation>
    </message>
    <message>
        <location filename="../../ui/case/header.py" line="47" />
        <source>Unnamed patient</source>
        <translation>이름 미상 환자</translation>
    </message>
    <message>
        <location filename="../../ui/case/header.py" line="52" />
        <source>decided</source>
        <translation>결정됨</translation>
    </message>
    <message>
        <location filename="../../ui/case/header.py" line="63" />
        <source>Decided {at} after waiting {waited}</source>
        <translation>{at} 결정(대기 {waited})</translation>
    </message>
    <message>
        <location filename="../../ui/case/header.py" line="66" />
        <source>finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../ui/case/header.py" line="71" />
        <source>closed {time}</source>
        <translation>{time} 종결</translation>
    </message>
    <message>
        <location filename="../../ui/case/header.py" line="79" />
        <source>to be seen immediately</source>
        <translation>즉시 진료</translation>
    </message>
    <message>
        <location filename="../../ui/case/header.py" line="80" />
        <source>target {minutes} min</source>
        <translation>목표 {minutes}분</translation>
    </message>
    <message>
        <location filename="../../ui/case/header.py" line="81" />
        <source>Waiting {waited} — over target</source>
        <translation>대기 {waited} — 목표 시간 초과</translation>
    </message>
    <message>
        <location filename="../../ui/case/header.py" line="82" />
        <source>Waiting {waited}</source>
        <translation>대기 {waited}</translation>
    </message>
</context>
<context>
    <name>CaseRecord</name>
    <message>
        <location filename="../../ui/case/record.py" line="23" />
        <source>Intake</source>
        <translation>접수</translation>
    </message>
    <message>
        <location filename="../../ui/case/record.py" line="32" />
        <source>Complaint</source>
        <translation>주호소</translation>
    </message>
    <message>
        <location filename="../../ui/case/record.py" line="33" />
        <source>Patient</source>
        <translation>환자</translation>
    </message>
    <message>
        <location filename="../../ui/case/record.py" line="34" />
        <source>Arrival</source>
        <translation>내원</translation>
    </message>
    <message>
        <location filename="../../ui/case/record.py" line="39" />
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../ui/case/record.py" line="42" />
        <source>Edit intake…</source>
        <translation>접수 내용 수정…</translation>
    </message>
    <message>
        <location filename="../../ui/case/record.py" line="43" />
        <source>Correct the complaint, arrival or patient details; the original stays in the history</source>
        <translation>주호소, 내원 정보, 환자 정보를 고칩니다. 원래 내용은 이력에 남습니다</translation>
    </message>
    <message>
        <location filename="../../ui/case/record.py" line="51" />
        <source>Vital signs (each re-triage adds a column)</source>
        <translation>활력징후(재분류할 때마다 열이 추가됩니다)</translation>
    </message>
    <message>
        <location filename="../../ui/case/record.py" line="57" />
        <source>Reviews, notes and intake edits</source>
        <translation>검토, 메모, 접수 수정</translation>
    </message>
    <message>
        <location filename="../../ui/case/record.py" line="70" />
        <source>born {date}</source>
        <translation>생년월일 {date}</translation>
    </message>
    <message>
        <location filename="../../ui/case/record.py" line="71" />
        <source>Unnamed patient</source>
        <translation>이름 미상 환자</translation>
    </message>
    <message>
        <location filename="../../ui/case/record.py" line="72" />
        <source>injury</source>
        <translation>외상</translation>
    </message>
    <message>
        <location filename="../../ui/case/record.py" line="72" />
        <source>no injury</source>
        <translation>외상 아님</translation>
    </message>
    <message>
        <location filename="../../ui/case/record.py" line="72" />
        <source>injury unknown</source>
        <translation>외상 여부 미상</translation>
    </message>
    <message>
        <location filename="../../ui/case/record.py" line="74" />
        <source>{time} · {arrival} · {injury} · entered by {who}</source>
        <translation>{time} · {arrival} · {injury} · 입력: {who}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/case/record.py" line="82" />
        <source>edited %n time(s) (see history)</source>
        <translation><numerusform>%n회 수정됨(이력 참조)</numerusform></translation>
    </message>
</context>
<context>
    <name>CaseReport</name>
    <message>
        <location filename="../../ui/report_words.py" line="26" />
        <source>Triage case report — case {case}</source>
        <translation>중증도 분류 기록 — 환자 {case}</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="27" />
        <source>De-identified: identifiers removed, dates shifted per patient.</source>
        <translation>비식별화됨: 식별 정보를 제거하고 날짜를 환자별로 이동했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="28" />
        <source>Patient</source>
        <translation>환자</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="28" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="29" />
        <source>MRN</source>
        <translation>등록번호</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="29" />
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="30" />
        <source>Date of birth</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="30" />
        <source>Age</source>
        <translation>나이</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="31" />
        <source>Sex</source>
        <translation>성별</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="31" />
        <source>Arrival</source>
        <translation>내원</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="32" />
        <source>Arrival mode</source>
        <translation>내원 수단</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="32" />
        <source>Injury</source>
        <translation>외상</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="33" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="33" />
        <source>Complaint</source>
        <translation>주호소</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="34" />
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="34" />
        <source>Vital signs</source>
        <translation>활력징후</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="35" />
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="35" />
        <source>Pain</source>
        <translation>통증</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="36" />
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="36" />
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="37" />
        <source>No vital signs recorded.</source>
        <translation>기록된 활력징후가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="38" />
        <source>Suggestion</source>
        <translation>제안</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="38" />
        <source>No suggestion stored.</source>
        <translation>저장된 제안이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="39" />
        <source>(rules only, models unavailable)</source>
        <translation>(규칙만 사용, 모델 사용 불가)</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="40" />
        <source>Probabilities by level: {probabilities}</source>
        <translation>등급별 확률: {probabilities}</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="41" />
        <source>Missing: {fields}</source>
        <translation>누락: {fields}</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="41" />
        <source>Versions: {versions}</source>
        <translation>버전: {versions}</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="42" />
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="42" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="43" />
        <source>Detail</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="43" />
        <source>Floor</source>
        <translation>최소 등급</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="44" />
        <source>Clinician decision</source>
        <translation>의사 결정</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="44" />
        <source>Not reviewed yet.</source>
        <translation>아직 검토되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="45" />
        <source>{when} — {who}: {decision}, final level {level}</source>
        <translation>{when} — {who}: {decision}, 최종 등급 {level}</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="46" />
        <source>Reason: {reason}</source>
        <translation>사유: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="46" />
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="47" />
        <source>Images</source>
        <translation>영상</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="47" />
        <source>assessed</source>
        <translation>평가됨</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="48" />
        <source>not assessed</source>
        <translation>판독 안 함</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="49" />
        <source>(image not decodable: {problem})</source>
        <translation>(영상을 읽을 수 없음: {problem})</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="50" />
        <source>(no preview)</source>
        <translation>(미리보기 없음)</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="50" />
        <source>Image</source>
        <translation>영상</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="51" />
        <source>Saliency</source>
        <translation>주목 영역</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="51" />
        <source>No cases in the selection.</source>
        <translation>선택한 범위에 환자가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="52" />
        <source>Triage case report</source>
        <translation>중증도 분류 기록</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="54" />
        <source>accepted</source>
        <translation>수용</translation>
    </message>
    <message>
        <location filename="../../ui/report_words.py" line="55" />
        <source>overridden</source>
        <translation>분류 변경</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../ui/case/view.py" line="94" />
        <source>Reload the case</source>
        <translation>환자 기록 다시 불러오기</translation>
    </message>
    <message>
        <location filename="../../ui/case/view.py" line="144" />
        <source>Images: none attached</source>
        <translation>영상: 첨부 없음</translation>
    </message>
    <message>
        <location filename="../../ui/case/view.py" line="149" />
        <source>Suggestion</source>
        <translation>제안</translation>
    </message>
    <message>
        <location filename="../../ui/case/view.py" line="174" />
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../ui/case/view.py" line="179" />
        <source>Add note</source>
        <translation>메모 추가</translation>
    </message>
    <message>
        <location filename="../../ui/case/view.py" line="202" />
        <source>Could not open case {case}: {error}</source>
        <translation>{case}번 환자 기록을 열 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/case/view.py" line="239" />
        <source>Could not refresh the case: {error}</source>
        <translation>환자 기록을 새로 고칠 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/case/view.py" line="287" />
        <source>made {time}</source>
        <translation>{time} 작성</translation>
    </message>
    <message>
        <location filename="../../ui/case/view.py" line="288" />
        <source>no suggestion</source>
        <translation>제안 없음</translation>
    </message>
    <message>
        <location filename="../../ui/case/view.py" line="346" />
        <source>{what}: saving…</source>
        <translation>{what}: 저장 중…</translation>
    </message>
    <message>
        <location filename="../../ui/case/view.py" line="388" />
        <source>Note added</source>
        <translation>메모 추가됨</translation>
    </message>
    <message>
        <location filename="../../ui/case/view.py" line="403" />
        <source>Re-triage: {errors}</source>
        <translation>재분류: {errors}</translation>
    </message>
    <message>
        <location filename="../../ui/case/view.py" line="409" />
        <source>Re-triage</source>
        <translation>재분류</translation>
    </message>
    <message>
        <location filename="../../ui/case/view.py" line="410" />
        <source>Re-triaged: suggestion level {level}: saved</source>
        <translation>재분류함: 제안 {level}등급, 저장됨</translation>
    </message>
    <message>
        <location filename="../../ui/case/view.py" line="414" />
        <source>Re-triage: computing the suggestion…</source>
        <translation>재분류: 제안을 계산하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/case/view.py" line="434" />
        <source>Intake edit</source>
        <translation>접수 수정</translation>
    </message>
    <message>
        <location filename="../../ui/case/view.py" line="435" />
        <source>Intake edited: saved (the previous values are kept in the history)</source>
        <translation>접수 수정: 저장됨(이전 값은 이력에 남습니다)</translation>
    </message>
    <message>
        <location filename="../../ui/case/view.py" line="438" />
        <source>Saving the intake edit…</source>
        <translation>접수 수정을 저장하는 중…</translation>
    </message>
</context>
<context>
    <name>CaseWrites</name>
    <message>
        <location filename="../../ui/case/actions.py" line="105" />
        <source>{what}: saved</source>
        <translation>{what}: 저장됨</translation>
    </message>
    <message>
        <location filename="../../ui/case/actions.py" line="113" />
        <source>{what} not saved: {error}. What you typed is kept.</source>
        <translation>{what} 저장 안 됨: {error}. 입력한 내용은 남아 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/case/actions.py" line="116" />
        <source>{what} refused: {error}</source>
        <translation>{what} 거부됨: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/case/actions.py" line="117" />
        <source>{what} failed ({error}). What you typed is kept.</source>
        <translation>{what} 실패({error}). 입력한 내용은 남아 있습니다.</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixChart</name>
    <message>
        <location filename="../../ui/widgets/charts.py" line="41" />
        <source>Suggested</source>
        <translation>제안</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/charts.py" line="42" />
        <source>Decided</source>
        <translation>결정</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/charts.py" line="62" />
        <source>No reviews yet</source>
        <translation>아직 검토 없음</translation>
    </message>
</context>
<context>
    <name>DecisionActions</name>
    <message>
        <location filename="../../ui/case/decision.py" line="316" />
        <source>Starting the review</source>
        <translation>검토 시작</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="323" />
        <source>Back to waiting</source>
        <translation>대기로 되돌리기</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="336" />
        <source>Reloaded: the case as it is now. Decide again.</source>
        <translation>다시 불러옴: 현재 상태의 환자 기록입니다. 다시 결정하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="345" />
        <source>Accepted level {level}</source>
        <translation>{level}등급 승인</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="355" />
        <source> (case finished)</source>
        <translation> (진료 결정 완료)</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="365" />
        <source>Overridden to level {level}</source>
        <translation>{level}등급으로 변경</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="385" />
        <source>Case closed</source>
        <translation>환자 종결</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="401" />
        <source>Case reopened</source>
        <translation>환자 재개</translation>
    </message>
</context>
<context>
    <name>DecisionBox</name>
    <message>
        <location filename="../../ui/case/decision.py" line="142" />
        <source>Looks more unwell than the vital signs suggest</source>
        <translation>활력징후보다 상태가 더 나빠 보임</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="143" />
        <source>Vital signs changed on re-check</source>
        <translation>재측정 시 활력징후 변화</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="144" />
        <source>High-risk history (age, medication, comorbidity)</source>
        <translation>고위험 병력(나이, 약물, 동반 질환)</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="145" />
        <source>Mechanism of injury</source>
        <translation>손상 기전</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="146" />
        <source>Pain not reflected in the suggestion</source>
        <translation>통증이 제안에 반영되지 않음</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="147" />
        <source>Improved on re-assessment</source>
        <translation>재평가 시 호전</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="158" />
        <source>Decision</source>
        <translation>결정</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="162" />
        <source>Start review</source>
        <translation>검토 시작</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="163" />
        <source>Mark the case as being reviewed by you</source>
        <translation>내가 검토 중인 환자로 표시</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="164" />
        <source>Back to waiting</source>
        <translation>대기로 되돌리기</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="165" />
        <source>Put the case back on the waiting list (nobody decided yet)</source>
        <translation>환자를 대기 목록으로 되돌립니다(아직 아무도 결정하지 않음)</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="171" />
        <location filename="../../ui/case/decision.py" line="239" />
        <source>Accept suggested level</source>
        <translation>제안 등급 승인</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="181" />
        <source>Reason for the override, in a few words (required)</source>
        <translation>변경 사유를 간단히(필수)</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="183" />
        <source>Common reasons…</source>
        <translation>자주 쓰는 사유…</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="190" />
        <source>Fill the reason with a common one (add to it if needed)</source>
        <translation>자주 쓰는 사유로 채웁니다(필요하면 덧붙이세요)</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="192" />
        <source>Override</source>
        <translation>등급 변경</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="198" />
        <source>Override to</source>
        <translation>변경할 등급</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="203" />
        <source>Keep the case open after deciding</source>
        <translation>결정 후에도 환자를 열어 두기</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="205" />
        <source>Unticked, accepting or overriding finishes the case: it leaves the open worklist (see "Decided today")</source>
        <translation>선택하지 않으면 승인이나 변경으로 진료 결정이 끝나고 환자는 진행 중 목록에서 빠집니다("오늘 결정" 참조)</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="209" />
        <source>Close case…</source>
        <translation>종결…</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="210" />
        <source>Reopen case…</source>
        <translation>재개…</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="230" />
        <source>Choose the level you decide on (the suggestion is level {level}; to keep it, accept it)</source>
        <translation>결정할 등급을 고르세요(제안은 {level}등급이며, 그대로 두려면 승인하세요)</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="237" />
        <source>Accept level {level}</source>
        <translation>{level} 승인</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="245" />
        <source> (suggested)</source>
        <translation> (제안)</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="258" />
        <source>Decided by {who}: level {level}</source>
        <translation>{who} 결정: {level}</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="260" />
        <source>case finished</source>
        <translation>진료 결정 완료</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="260" />
        <source>kept open</source>
        <translation>열어 둠</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="262" />
        <source>Closed without a decision</source>
        <translation>결정 없이 종결됨</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="264" />
        <source>You are reviewing this case — nobody has decided yet</source>
        <translation>내가 검토 중 — 아직 아무도 결정하지 않음</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="266" />
        <source>In review — nobody has decided yet</source>
        <translation>검토 중 — 아직 아무도 결정하지 않음</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="268" />
        <source>Waiting — nobody is reviewing it</source>
        <translation>대기 — 검토하는 사람 없음</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="278" />
        <source>Sign this level with the reason</source>
        <translation>사유와 함께 이 등급에 서명</translation>
    </message>
</context>
<context>
    <name>DeclareDialog</name>
    <message>
        <location filename="../../ui/mci/incident_actions.py" line="37" />
        <source>Declare a mass-casualty incident</source>
        <translation>다수사상자 사고 선포</translation>
    </message>
    <message>
        <location filename="../../ui/mci/incident_actions.py" line="39" />
        <source>e.g. Bus crash, Route 9</source>
        <translation>예: 9번 국도 버스 사고</translation>
    </message>
    <message>
        <location filename="../../ui/mci/incident_actions.py" line="41" />
        <source>where it happened (optional)</source>
        <translation>발생 장소(선택)</translation>
    </message>
    <message>
        <location filename="../../ui/mci/incident_actions.py" line="47" />
        <source>Declare</source>
        <translation>선포</translation>
    </message>
    <message>
        <location filename="../../ui/mci/incident_actions.py" line="52" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/mci/incident_actions.py" line="53" />
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../ui/mci/incident_actions.py" line="54" />
        <source>Time</source>
        <translation>시각</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../ui/error_dialog.py" line="67" />
        <source>Triage Desk — unexpected error</source>
        <translation>Triage Desk — 예기치 않은 오류</translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="69" />
        <source>It was written to {path}.</source>
        <translation>{path}에 기록했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="71" />
        <source>&lt;b&gt;Something went wrong:&lt;/b&gt; {summary}&lt;br&gt;What you typed is kept; you can go on or save again. Please send the report below to support.</source>
        <translation>&lt;b&gt;문제가 발생했습니다:&lt;/b&gt; {summary}&lt;br&gt;입력한 내용은 남아 있으므로 계속하거나 다시 저장할 수 있습니다. 아래 보고서를 지원팀에 보내 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="82" />
        <source>Copy report</source>
        <translation>보고서 복사</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/admin/export_dialog.py" line="35" />
        <source>CSV (one row per case)</source>
        <translation>CSV(환자당 한 행)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_dialog.py" line="36" />
        <source>JSON Lines (everything)</source>
        <translation>JSON Lines(전체 내용)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_dialog.py" line="37" />
        <source>FHIR R4 (NDJSON Bundles)</source>
        <translation>FHIR R4(NDJSON 번들)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_dialog.py" line="38" />
        <source>PDF case reports</source>
        <translation>PDF 환자 보고서</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_dialog.py" line="54" />
        <source>exporting {total} cases</source>
        <translation>환자 {total}명 내보내는 중</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_dialog.py" line="55" />
        <source>{n} of {total} cases</source>
        <translation>환자 {total}명 중 {n}명</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_dialog.py" line="56" />
        <source>finishing</source>
        <translation>마무리 중</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_dialog.py" line="57" />
        <source>exported {count} cases</source>
        <translation>환자 {count}명 내보냄</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_dialog.py" line="74" />
        <source>{path} is a folder: add a file name</source>
        <translation>{path}은(는) 폴더입니다. 파일 이름을 붙이세요</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_dialog.py" line="79" />
        <source>{path} is a file, not a folder</source>
        <translation>{path}은(는) 폴더가 아니라 파일입니다</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_dialog.py" line="81" />
        <source>You cannot write to the folder {path} (no permission): choose another folder</source>
        <translation>{path} 폴더에 쓸 권한이 없습니다. 다른 폴더를 고르세요</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_dialog.py" line="84" />
        <source>{path} exists and cannot be replaced (no permission): choose another name</source>
        <translation>{path}이(가) 이미 있으며 바꿀 권한이 없습니다. 다른 이름을 고르세요</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_dialog.py" line="102" />
        <source>Export cases</source>
        <translation>환자 기록 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_dialog.py" line="108" />
        <source>All dates</source>
        <translation>전체 기간</translation>
    </message>
    <message>
        <source>De-identify (pseudonyms, shifted dates, no names)</source>
        <translation type="vanished">비식별화(가명, 날짜 이동, 이름 제거)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_dialog.py" line="119" />
        <source>De-identify (pseudonyms, shifted dates, names scrubbed from text)</source>
        <translation>비식별화(가명, 날짜 이동, 본문의 이름 삭제)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_dialog.py" line="182" />
        <source>Fields are removed or replaced whole. Free text is scrubbed by rules, which miss some names and addresses written in other languages: review free text before it leaves the clinic.</source>
        <translation>항목은 통째로 지우거나 바꿉니다. 자유 기술 텍스트는 규칙으로 정리하므로 다른 언어로 쓴 이름과 주소를 일부 놓칠 수 있습니다. 기관 밖으로 내보내기 전에 자유 기술 텍스트를 검토하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_dialog.py" line="131" />
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_dialog.py" line="135" />
        <source>Cancel export</source>
        <translation>내보내기 취소</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_dialog.py" line="137" />
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_dialog.py" line="144" />
        <source>from</source>
        <translation>부터</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_dialog.py" line="144" />
        <source>to</source>
        <translation>까지</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_dialog.py" line="146" />
        <source>Arrival dates</source>
        <translation>내원 날짜</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_dialog.py" line="147" />
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_dialog.py" line="153" />
        <source>Save to</source>
        <translation>저장 위치</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_dialog.py" line="174" />
        <source>Export de-identified {format}</source>
        <translation>비식별 {format} 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_dialog.py" line="175" />
        <source>Export identifiable {format}</source>
        <translation>식별 가능한 {format} 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_dialog.py" line="188" />
        <source>Names, dates and identifiers will be in the file.</source>
        <translation>이름, 날짜, 식별 정보가 파일에 들어갑니다.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_dialog.py" line="211" />
        <source>Format changed: de-identification is on again for {format}; untick it if this export must carry identifiers</source>
        <translation>형식이 바뀌어 {format}에 비식별화가 다시 켜졌습니다. 식별 정보가 꼭 필요할 때만 선택을 해제하세요</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_dialog.py" line="218" />
        <source>Export to</source>
        <translation>내보낼 위치</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_dialog.py" line="249" />
        <source>The end date is before the start date</source>
        <translation>종료일이 시작일보다 앞섭니다</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_dialog.py" line="253" />
        <source>Choose where to save the export</source>
        <translation>내보낸 파일을 저장할 위치를 고르세요</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_dialog.py" line="261" />
        <source>Cannot create the folder {path}: {error}</source>
        <translation>{path} 폴더를 만들 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_dialog.py" line="267" />
        <source>Not exported: the existing file was kept</source>
        <translation>내보내지 않음: 기존 파일을 그대로 두었습니다</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_dialog.py" line="279" />
        <source>Exporting…</source>
        <translation>내보내는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_dialog.py" line="286" />
        <source>Replace file?</source>
        <translation>파일을 바꿀까요?</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_dialog.py" line="286" />
        <source>{name} already exists in {folder}.

Replace it?</source>
        <translation>{folder}에 {name}이(가) 이미 있습니다.

바꿀까요?</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_dialog.py" line="295" />
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin/export_dialog.py" line="307" />
        <source>Exported %Ln de-identified case(s) to {path}</source>
        <translation><numerusform>비식별 환자 기록 %Ln건을 {path}(으)로 내보냈습니다</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin/export_dialog.py" line="309" />
        <source>Exported %Ln case(s) to {path}</source>
        <translation><numerusform>환자 기록 %Ln건을 {path}(으)로 내보냈습니다</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_dialog.py" line="312" />
        <source>Warnings: {warnings}</source>
        <translation>경고: {warnings}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_dialog.py" line="321" />
        <source>Export failed: no permission to write {path}; choose another folder</source>
        <translation>내보내기 실패: {path}에 쓸 권한이 없습니다. 다른 폴더를 고르세요</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_dialog.py" line="324" />
        <location filename="../../ui/admin/export_dialog.py" line="327" />
        <source>Export failed: {error}</source>
        <translation>내보내기 실패: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/export_dialog.py" line="333" />
        <source>Export cancelled; no partial file was left behind</source>
        <translation>내보내기를 취소했습니다. 만들다 만 파일은 남지 않았습니다</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../ui/admin/__init__.py" line="29" />
        <source>Export cases as CSV, JSON Lines, FHIR R4 or PDF reports, for a date range, optionally de-identified (pseudonyms, shifted dates, names removed from text, DICOM de-identified). Every export is written to the audit log.</source>
        <translation>기간을 정해 환자 기록을 CSV, JSON Lines, FHIR R4 또는 PDF 보고서로 내보냅니다. 비식별화(가명, 날짜 이동, 본문 속 이름 제거, DICOM 비식별화)를 선택할 수 있습니다. 모든 내보내기는 감사 기록에 남습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/__init__.py" line="33" />
        <source>Export cases…</source>
        <translation>환자 기록 내보내기…</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../ui/labels.py" line="70" />
        <source>Heart rate</source>
        <translation>맥박</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70" />
        <source>Respiratory rate</source>
        <translation>호흡수</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71" />
        <source>Systolic BP</source>
        <translation>수축기 혈압</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71" />
        <source>Diastolic BP</source>
        <translation>이완기 혈압</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72" />
        <source>SpO2</source>
        <translation>산소포화도</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72" />
        <source>Temperature</source>
        <translation>체온</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73" />
        <source>Pain (NRS)</source>
        <translation>통증(NRS)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73" />
        <source>GCS</source>
        <translation>GCS</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74" />
        <source>Oxygen flow</source>
        <translation>산소 유량</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74" />
        <source>Age</source>
        <translation>나이</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75" />
        <source>Date of birth</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75" />
        <source>Complaint</source>
        <translation>주호소</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76" />
        <source>Sex</source>
        <translation>성별</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76" />
        <source>Consciousness (AVPU)</source>
        <translation>의식 수준(AVPU)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77" />
        <source>Arrival mode</source>
        <translation>내원 수단</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77" />
        <source>Patient name</source>
        <translation>환자 이름</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78" />
        <source>Note</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>Flowsheet</name>
    <message>
        <location filename="../../ui/case/flowsheet.py" line="22" />
        <source>HR /min</source>
        <translation>맥박 /분</translation>
    </message>
    <message>
        <location filename="../../ui/case/flowsheet.py" line="23" />
        <source>RR /min</source>
        <translation>호흡수 /분</translation>
    </message>
    <message>
        <location filename="../../ui/case/flowsheet.py" line="24" />
        <source>BP mmHg</source>
        <translation>혈압 mmHg</translation>
    </message>
    <message>
        <location filename="../../ui/case/flowsheet.py" line="25" />
        <source>Temp °C</source>
        <translation>체온 °C</translation>
    </message>
    <message>
        <location filename="../../ui/case/flowsheet.py" line="26" />
        <source>Pain 0-10</source>
        <translation>통증 0-10</translation>
    </message>
    <message>
        <location filename="../../ui/case/flowsheet.py" line="27" />
        <source>On O2</source>
        <translation>산소</translation>
    </message>
    <message>
        <location filename="../../ui/case/flowsheet.py" line="28" />
        <source>By</source>
        <translation>측정자</translation>
    </message>
    <message>
        <location filename="../../ui/case/flowsheet.py" line="29" />
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location filename="../../ui/case/flowsheet.py" line="30" />
        <source>Injury</source>
        <translation>외상</translation>
    </message>
    <message>
        <location filename="../../ui/case/flowsheet.py" line="65" />
        <source>edited the intake</source>
        <translation>접수 내용 수정</translation>
    </message>
    <message>
        <location filename="../../ui/case/flowsheet.py" line="66" />
        <source>updated the patient at a new visit</source>
        <translation>새 내원 시 환자 정보 갱신</translation>
    </message>
    <message>
        <location filename="../../ui/case/flowsheet.py" line="67" />
        <source>merged a duplicate patient record</source>
        <translation>중복 환자 기록 병합</translation>
    </message>
    <message>
        <location filename="../../ui/case/flowsheet.py" line="68" />
        <source>{field} was {value}</source>
        <translation>{field} 이전 값 {value}</translation>
    </message>
    <message>
        <location filename="../../ui/case/flowsheet.py" line="70" />
        <source>{time} {who} {what}: {before}</source>
        <translation>{time} {who} {what}: {before}</translation>
    </message>
    <message>
        <location filename="../../ui/case/flowsheet.py" line="79" />
        <source>{time} {who} accepted: level {level}</source>
        <translation>{time} {who} 승인: {level}</translation>
    </message>
    <message>
        <location filename="../../ui/case/flowsheet.py" line="81" />
        <source>{time} {who} overrode: level {level}</source>
        <translation>{time} {who} 변경: {level}</translation>
    </message>
    <message>
        <location filename="../../ui/case/flowsheet.py" line="84" />
        <source> (suggested {level})</source>
        <translation> (제안 {level})</translation>
    </message>
    <message>
        <location filename="../../ui/case/flowsheet.py" line="89" />
        <source>{time} {who} note: {text}</source>
        <translation>{time} {who} 메모: {text}</translation>
    </message>
</context>
<context>
    <name>Headers</name>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="31" />
        <source>When (UTC)</source>
        <translation>시각(UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="31" />
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="32" />
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="32" />
        <source>Object</source>
        <translation>대상</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="33" />
        <source>Details</source>
        <translation>세부 내용</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="28" />
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="28" />
        <source>What it does</source>
        <translation>하는 일</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="29" />
        <source>Learned from</source>
        <translation>학습 데이터</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="29" />
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="30" />
        <source>Validated figures</source>
        <translation>검증 성능</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="30" />
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="30" />
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="30" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="31" />
        <source>Roles</source>
        <translation>역할</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="31" />
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="32" />
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="44" />
        <source>Level</source>
        <translation>등급</translation>
    </message>
    <message>
        <location filename="../../ui/mci/board.py" line="94" />
        <source>Tag</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../../ui/mci/board.py" line="94" />
        <source>Age / sex</source>
        <translation>나이 / 성별</translation>
    </message>
    <message>
        <location filename="../../ui/mci/board.py" line="95" />
        <source>Tagged</source>
        <translation>분류 시각</translation>
    </message>
    <message>
        <location filename="../../ui/mci/board.py" line="95" />
        <source>Area</source>
        <translation>구역</translation>
    </message>
    <message>
        <location filename="../../ui/mci/board.py" line="96" />
        <location filename="../../ui/worklist.py" line="44" />
        <source>Waiting</source>
        <translation>대기</translation>
    </message>
    <message>
        <location filename="../../ui/mci/board.py" line="96" />
        <source>Moved to</source>
        <translation>이송/이동</translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="45" />
        <source>Patient</source>
        <translation>환자</translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="45" />
        <source>Age/Sex</source>
        <translation>나이/성별</translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="46" />
        <source>Complaint</source>
        <translation>주호소</translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="46" />
        <source>Suggested</source>
        <translation>제안 등급</translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="47" />
        <source>Decided</source>
        <translation>결정 등급</translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="47" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="121" />
        <source>History of tag {number}</source>
        <translation>태그 {number} 이력</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="124" />
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="124" />
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="124" />
        <source>Event</source>
        <translation>변경</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="124" />
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="125" />
        <source>By</source>
        <translation>작성자</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="125" />
        <source>Detail</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="128" />
        <source>Reading…</source>
        <translation>읽는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="138" />
        <source>tagged</source>
        <translation>분류</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="138" />
        <source>re-tagged</source>
        <translation>재분류</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="139" />
        <source>overridden</source>
        <translation>분류 변경</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="139" />
        <source>moved</source>
        <translation>이송/이동</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="145" />
        <source>override in force: {reason}</source>
        <translation>변경된 분류 유지: {reason}</translation>
    </message>
</context>
<context>
    <name>ImageTile</name>
    <message>
        <location filename="../../ui/intake/attachments.py" line="55" />
        <source>chest radiograph</source>
        <translation>흉부 방사선 사진</translation>
    </message>
    <message>
        <location filename="../../ui/intake/attachments.py" line="57" />
        <source>Tick when this photo shows a chest X-ray the model may judge</source>
        <translation>이 사진이 모델이 판독할 수 있는 흉부 X선이면 선택하세요</translation>
    </message>
    <message>
        <location filename="../../ui/intake/attachments.py" line="61" />
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../ui/intake/attachments.py" line="73" />
        <source>assessing…</source>
        <translation>판독 중…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/attachments.py" line="75" />
        <source>not assessed (image model not loaded)</source>
        <translation>판독 안 함(영상 모델을 불러오지 않음)</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../ui/widgets/image_viewer.py" line="41" />
        <source>File window</source>
        <translation>파일 윈도</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/image_viewer.py" line="41" />
        <source>File VOI LUT</source>
        <translation>파일 VOI LUT</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/image_viewer.py" line="42" />
        <source>Full range</source>
        <translation>전체 범위</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/image_viewer.py" line="42" />
        <source>Default</source>
        <translation>기본</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/image_viewer.py" line="43" />
        <source>Lung</source>
        <translation>폐</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/image_viewer.py" line="43" />
        <source>Mediastinum</source>
        <translation>종격동</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/image_viewer.py" line="44" />
        <source>Soft tissue</source>
        <translation>연부 조직</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/image_viewer.py" line="44" />
        <source>Bone</source>
        <translation>뼈</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/image_viewer.py" line="45" />
        <source>Brain</source>
        <translation>뇌</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/image_viewer.py" line="45" />
        <source>Abdomen</source>
        <translation>복부</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/image_viewer.py" line="122" />
        <source>{name}: centre {centre}, width {width}</source>
        <translation>{name}: 중심 {centre}, 폭 {width}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/image_viewer.py" line="204" />
        <source>Zoom in (or mouse wheel)</source>
        <translation>확대(또는 마우스 휠)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/image_viewer.py" line="206" />
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/image_viewer.py" line="207" />
        <source>Fit</source>
        <translation>맞춤</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/image_viewer.py" line="219" />
        <source>Window presets for this image's modality: the file's own window first; Hounsfield-unit presets for CT only</source>
        <translation>이 영상 장비에 맞는 윈도 사전 설정: 파일 자체 윈도가 먼저이며, 하운스필드 단위 설정은 CT에만 있습니다</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/image_viewer.py" line="223" />
        <source>Window centre (level)</source>
        <translation>윈도 중심(레벨)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/image_viewer.py" line="224" />
        <source>Window width</source>
        <translation>윈도 폭</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/image_viewer.py" line="234" />
        <source>Saliency</source>
        <translation>주목 영역</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/image_viewer.py" line="235" />
        <location filename="../../ui/widgets/image_viewer.py" line="355" />
        <source>Show where the image model looked (Grad-CAM)</source>
        <translation>영상 모델이 주목한 곳 보기(Grad-CAM)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/image_viewer.py" line="241" />
        <source>Saliency opacity: lower it to read the image underneath</source>
        <translation>주목 영역 불투명도: 낮추면 아래 영상이 보입니다</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/image_viewer.py" line="242" />
        <source>Saliency opacity</source>
        <translation>주목 영역 불투명도</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/image_viewer.py" line="246" />
        <source>low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/image_viewer.py" line="252" />
        <source>high model attention</source>
        <translation>모델 주목 높음</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/image_viewer.py" line="253" />
        <source>Where the image model looked (Grad-CAM): blue little, red most. It shows attention, not the finding's location.</source>
        <translation>영상 모델이 주목한 곳(Grad-CAM): 파랑은 적게, 빨강은 가장 많이. 소견의 위치가 아니라 주목도를 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/image_viewer.py" line="258" />
        <source>Opacity</source>
        <translation>불투명도</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/image_viewer.py" line="278" />
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/image_viewer.py" line="278" />
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/image_viewer.py" line="289" />
        <source>Window/level</source>
        <translation>윈도/레벨</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/image_viewer.py" line="294" />
        <source>Frame</source>
        <translation>프레임</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/image_viewer.py" line="341" />
        <source>Image model: {finding}</source>
        <translation>영상 모델: {finding}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/image_viewer.py" line="342" />
        <source>not assessed</source>
        <translation>판독 안 함</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/image_viewer.py" line="347" />
        <source>Image model: not assessed — {reason}</source>
        <translation>영상 모델: 판독 안 함 — {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/image_viewer.py" line="357" />
        <source>No saliency: the image model did not assess this image</source>
        <translation>주목 영역 없음: 영상 모델이 이 영상을 판독하지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/image_viewer.py" line="362" />
        <source>Loading {name}…</source>
        <translation>{name} 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/image_viewer.py" line="363" />
        <source>Loading frame {frame}…</source>
        <translation>{frame}번 프레임 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/image_viewer.py" line="403" />
        <source>Cannot show this image: {error}</source>
        <translation>이 영상을 표시할 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/image_viewer.py" line="408" />
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/image_viewer.py" line="408" />
        <source>Modality</source>
        <translation>장비</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/image_viewer.py" line="409" />
        <source>Body part</source>
        <translation>부위</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/image_viewer.py" line="409" />
        <source>View</source>
        <translation>촬영 방향</translation>
    </message>
</context>
<context>
    <name>ImagesBox</name>
    <message>
        <location filename="../../ui/case/images_box.py" line="22" />
        <source>Images</source>
        <translation>영상</translation>
    </message>
    <message>
        <location filename="../../ui/case/images_box.py" line="29" />
        <source>No images attached</source>
        <translation>첨부된 영상 없음</translation>
    </message>
</context>
<context>
    <name>IncidentActions</name>
    <message>
        <location filename="../../ui/mci/incident_actions.py" line="78" />
        <location filename="../../ui/mci/incident_actions.py" line="98" />
        <source>&amp;Declare incident…</source>
        <translation>사고 선포(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/mci/incident_actions.py" line="81" />
        <location filename="../../ui/mci/incident_actions.py" line="99" />
        <source>&amp;End incident…</source>
        <translation>사고 종료(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/mci/incident_actions.py" line="89" />
        <location filename="../../ui/mci/incident_actions.py" line="97" />
        <source>&amp;Incident</source>
        <translation>사고(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/mci/incident_actions.py" line="111" />
        <source>Declaring and ending an incident needs a clinician or an administrator</source>
        <translation>사고 선포와 종료는 의사나 관리자만 할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../ui/mci/incident_actions.py" line="126" />
        <source>Declare incident</source>
        <translation>사고 선포</translation>
    </message>
    <message>
        <location filename="../../ui/mci/incident_actions.py" line="136" />
        <location filename="../../ui/mci/incident_actions.py" line="143" />
        <source>End incident</source>
        <translation>사고 종료</translation>
    </message>
    <message>
        <location filename="../../ui/mci/incident_actions.py" line="137" />
        <source>End the incident “{name}”? Its tags stay readable and printable, but no tag can be added or changed any more.</source>
        <translation>“{name}” 사고를 종료할까요? 태그는 계속 보고 인쇄할 수 있지만 더 이상 추가하거나 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/mci/incident_actions.py" line="169" />
        <source>{what} refused: {error}</source>
        <translation>{what} 거부됨: {error}</translation>
    </message>
</context>
<context>
    <name>IncidentBanner</name>
    <message>
        <location filename="../../ui/mci/banner.py" line="81" />
        <source>Mass-casualty incident: {name} — red {red}, yellow {yellow}, green {green}, black {black}</source>
        <translation>다수사상자 사고: {name} — 빨강 {red}, 노랑 {yellow}, 초록 {green}, 검정 {black}</translation>
    </message>
</context>
<context>
    <name>IncidentBoard</name>
    <message>
        <location filename="../../ui/mci/words.py" line="18" />
        <source>RED</source>
        <translation>적색</translation>
    </message>
    <message>
        <location filename="../../ui/mci/words.py" line="19" />
        <source>YELLOW</source>
        <translation>황색</translation>
    </message>
    <message>
        <location filename="../../ui/mci/words.py" line="20" />
        <source>GREEN</source>
        <translation>녹색</translation>
    </message>
    <message>
        <location filename="../../ui/mci/words.py" line="21" />
        <source>BLACK</source>
        <translation>흑색</translation>
    </message>
    <message>
        <location filename="../../ui/mci/words.py" line="22" />
        <source>immediate</source>
        <translation>긴급</translation>
    </message>
    <message>
        <location filename="../../ui/mci/words.py" line="23" />
        <source>delayed</source>
        <translation>응급</translation>
    </message>
    <message>
        <location filename="../../ui/mci/words.py" line="24" />
        <source>minor</source>
        <translation>비응급</translation>
    </message>
    <message>
        <location filename="../../ui/mci/words.py" line="25" />
        <source>expectant</source>
        <translation>지연</translation>
    </message>
    <message>
        <location filename="../../ui/mci/board.py" line="41" />
        <source>Area</source>
        <translation>구역</translation>
    </message>
    <message>
        <location filename="../../ui/mci/board.py" line="42" />
        <source>Hospital</source>
        <translation>병원</translation>
    </message>
    <message>
        <location filename="../../ui/mci/board.py" line="43" />
        <source>Transport unit</source>
        <translation>이송 차량</translation>
    </message>
    <message>
        <location filename="../../ui/mci/board.py" line="142" />
        <source>{colour} — {category}: {count}</source>
        <translation>{colour} — {category}: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/mci/board.py" line="268" />
        <source>Board not refreshed: {error}</source>
        <translation>현황판을 새로 고치지 못했습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/mci/board.py" line="272" />
        <source>{colour} — {category} ({count})</source>
        <translation>{colour} — {category}({count})</translation>
    </message>
    <message>
        <location filename="../../ui/mci/board.py" line="278" />
        <source>Counts per quarter hour: no patient tagged yet</source>
        <translation>15분별 인원: 아직 분류한 환자 없음</translation>
    </message>
    <message>
        <location filename="../../ui/mci/board.py" line="279" />
        <source>now</source>
        <translation>현재</translation>
    </message>
    <message>
        <location filename="../../ui/mci/board.py" line="283" />
        <source>Per quarter hour (red/yellow/green/black): {counts}</source>
        <translation>15분별 인원(적색/황색/녹색/흑색): {counts}</translation>
    </message>
</context>
<context>
    <name>IntakeEditDialog</name>
    <message>
        <location filename="../../ui/case/edit_dialog.py" line="36" />
        <source>Edit intake of case {case}</source>
        <translation>{case}번 환자 접수 내용 수정</translation>
    </message>
    <message>
        <location filename="../../ui/case/edit_dialog.py" line="102" />
        <source>Nothing changed.</source>
        <translation>바뀐 내용이 없습니다.</translation>
    </message>
</context>
<context>
    <name>IntakeFields</name>
    <message>
        <location filename="../../ui/intake/fields.py" line="103" />
        <source>Patient</source>
        <translation>환자</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="109" />
        <source>Find a known patient: name, MRN or phone, then Enter</source>
        <translation>기존 환자 찾기: 이름, 등록번호 또는 전화번호 입력 후 Enter</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="114" />
        <location filename="../../ui/intake/fields.py" line="116" />
        <source>New patient</source>
        <translation>신규 환자</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="117" />
        <source>Save this case for a new patient instead of the one found</source>
        <translation>찾은 환자 대신 신규 환자로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="119" />
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="123" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="123" />
        <source>family, given</source>
        <translation>성, 이름</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="124" />
        <source>MRN</source>
        <translation>등록번호</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="124" />
        <source>record number if known</source>
        <translation>알면 병원 등록번호</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="125" />
        <source>Born</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="125" />
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="126" />
        <source>estimate if unknown</source>
        <translation>모르면 추정</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="127" />
        <source>Age in years, {0}; estimate if unknown</source>
        <translation>나이(세), {0}. 모르면 추정하세요</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="129" />
        <source>Age</source>
        <translation>나이</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="129" />
        <source>years</source>
        <translation>세</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="130" />
        <source>Sex</source>
        <translation>성별</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="132" />
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="136" />
        <source>Presentation</source>
        <translation>내원 정보</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="142" />
        <source>Chief complaint in the patient's or your words (Enter moves on, Shift+Enter for a new line)</source>
        <translation>주호소를 환자나 간호사의 말로 적으세요(Enter는 다음 칸, Shift+Enter는 줄 바꿈)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="148" />
        <source>Complaint</source>
        <translation>주호소</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="149" />
        <source>Arrival</source>
        <translation>내원</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="151" />
        <source>Injury</source>
        <translation>외상</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="155" />
        <source>Vital signs</source>
        <translation>활력징후</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="159" />
        <source>Heart rate</source>
        <translation>맥박</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="159" />
        <source>Resp. rate</source>
        <translation>호흡수</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="160" />
        <source>Systolic BP</source>
        <translation>수축기 혈압</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="160" />
        <source>Diastolic BP</source>
        <translation>이완기 혈압</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="164" />
        <source>SpO2</source>
        <translation>산소포화도</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="166" />
        <source>Not recorded, room air, or on supplemental oxygen</source>
        <translation>미기록, 실내 공기, 또는 산소 투여 중</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="172" />
        <source>Oxygen</source>
        <translation>산소</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="176" />
        <source>Unit of the temperature you type</source>
        <translation>입력하는 체온의 단위</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="183" />
        <source>Temperature</source>
        <translation>체온</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="184" />
        <source>— not asked</source>
        <translation>— 묻지 않음</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="185" />
        <source>Pain (0-10)</source>
        <translation>통증(0-10)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="186" />
        <source>AVPU</source>
        <translation>AVPU</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="187" />
        <source>GCS</source>
        <translation>GCS</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="205" />
        <source>flow?</source>
        <translation>유량?</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fields.py" line="206" />
        <source>Oxygen flow if known, {0}; leave at "flow?" when not recorded</source>
        <translation>알면 산소 유량, {0}. 기록이 없으면 "유량?"으로 두세요</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../ui/intake/form.py" line="87" />
        <source>New (Ctrl+N)</source>
        <translation>새로 작성(Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="88" />
        <source>Save case (Ctrl+S)</source>
        <translation>저장(Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="111" />
        <source>Save case</source>
        <translation>저장</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="115" />
        <location filename="../../ui/intake/form.py" line="382" />
        <source>New case</source>
        <translation>새 환자</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="143" />
        <source>models loading — rules only</source>
        <translation>모델 불러오는 중 — 규칙만 사용</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="146" />
        <source>without the marked field ({names})</source>
        <translation>표시된 항목 제외({names})</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="163" />
        <source>Correct the marked field to see a suggestion.</source>
        <translation>표시된 항목을 고치면 제안이 보입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="164" />
        <source>Enter the complaint and vital signs to see a suggestion.</source>
        <translation>주호소와 활력징후를 입력하면 제안이 보입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="182" />
        <location filename="../../ui/intake/form.py" line="281" />
        <source>Not saved: {errors}</source>
        <translation>저장 안 됨: {errors}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="200" />
        <source>models loading — rules only: no rule fired yet</source>
        <translation>모델 불러오는 중 — 규칙만 사용: 아직 해당하는 규칙 없음</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="206" />
        <source>suggestion failed: {error}</source>
        <translation>제안 실패: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="226" />
        <source>Search failed: {0}</source>
        <translation>검색 실패: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="234" />
        <source>No known patient found — enter the details below</source>
        <translation>기존 환자를 찾지 못했습니다 — 아래에 정보를 입력하세요</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="251" />
        <source>Known patient #{id}: {name}</source>
        <translation>기존 환자 #{id}: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="252" />
        <source>(no name)</source>
        <translation>(이름 없음)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="257" />
        <source>New patient</source>
        <translation>신규 환자</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="275" />
        <source>Wait until the images are read, then save.</source>
        <translation>영상을 다 읽은 뒤 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="299" />
        <source>Saving… the server is unreachable: your typing is kept, and the case is saved when the server returns.</source>
        <translation>저장 중… 서버에 연결할 수 없습니다. 입력한 내용은 남아 있으며 서버가 돌아오면 저장됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="301" />
        <source>Saving…</source>
        <translation>저장 중…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="316" />
        <source>The server is back: saving…</source>
        <translation>서버가 다시 연결되었습니다: 저장 중…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="324" />
        <source>Case #{case} saved at level {level}.</source>
        <translation>{case}번 환자 저장: {level}.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="328" />
        <source>{0} Ready for the next patient.</source>
        <translation>{0} 다음 환자를 받을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="333" />
        <source>{0} It was saved as it stood when you pressed Save; what you typed since is kept here (edit the case to add it, or New to start the next patient).</source>
        <translation>{0} 저장을 누른 시점의 내용으로 저장되었습니다. 그 뒤에 입력한 내용은 여기에 남아 있습니다(환자 기록을 수정해 추가하거나, 새로 작성으로 다음 환자를 시작하세요).</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="343" />
        <source>Not saved yet: the server is unreachable. Your typing is kept; saving resumes when it returns.</source>
        <translation>아직 저장 안 됨: 서버에 연결할 수 없습니다. 입력한 내용은 남아 있으며 서버가 돌아오면 다시 저장합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="356" />
        <source>Not saved: {0}. Everything you typed is kept.</source>
        <translation>저장 안 됨: {0}. 입력한 내용은 모두 남아 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="358" />
        <source>Not saved ({0}). Everything you typed is kept.</source>
        <translation>저장 안 됨({0}). 입력한 내용은 모두 남아 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="373" />
        <source>The intake form has unsaved input and attached images. {action} and discard it?</source>
        <translation>접수 양식에 저장하지 않은 입력과 첨부 영상이 있습니다. 버리고 '{action}'을(를) 진행할까요?</translation>
    </message>
    <message>
        <location filename="../../ui/intake/form.py" line="375" />
        <source>The intake form has unsaved input. {action} and discard it?</source>
        <translation>접수 양식에 저장하지 않은 입력이 있습니다. {action}하고 입력한 내용을 버릴까요?</translation>
    </message>
</context>
<context>
    <name>IntakeJobs</name>
    <message>
        <location filename="../../ui/intake/jobs.py" line="86" />
        <source>Pulse pressure {pulse} mmHg ({sbp}/{dbp}) is implausibly wide: check the blood pressure</source>
        <translation>맥압 {pulse} mmHg({sbp}/{dbp})가 비정상적으로 넓습니다: 혈압을 다시 확인하세요</translation>
    </message>
    <message>
        <location filename="../../ui/intake/jobs.py" line="89" />
        <source>Pulse pressure {pulse} mmHg ({sbp}/{dbp}) is unusually narrow: check the blood pressure (if real, it may mean poor cardiac output)</source>
        <translation>맥압 {pulse} mmHg({sbp}/{dbp})가 매우 좁습니다: 혈압을 다시 확인하세요(실제라면 심박출량 저하일 수 있습니다)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/jobs.py" line="127" />
        <source>reading {name}</source>
        <translation>{name} 읽는 중</translation>
    </message>
    <message>
        <location filename="../../ui/intake/jobs.py" line="132" />
        <source>thumbnail {name}</source>
        <translation>{name} 미리보기 만드는 중</translation>
    </message>
    <message>
        <location filename="../../ui/intake/jobs.py" line="136" />
        <source>assessing {name}</source>
        <translation>{name} 판독 중</translation>
    </message>
    <message>
        <location filename="../../ui/intake/jobs.py" line="155" />
        <source>suggesting</source>
        <translation>제안 계산 중</translation>
    </message>
    <message>
        <location filename="../../ui/intake/jobs.py" line="158" />
        <source>saving</source>
        <translation>저장 중</translation>
    </message>
    <message>
        <location filename="../../ui/intake/jobs.py" line="176" />
        <source>age {age}</source>
        <translation>{age}세</translation>
    </message>
    <message>
        <location filename="../../ui/intake/jobs.py" line="180" />
        <source>(no name)</source>
        <translation>(이름 없음)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/jobs.py" line="181" />
        <source>{name} · {born} · MRN {mrn}{phone} · {visits}, last {last}</source>
        <translation>{name} · {born} · 등록번호 {mrn}{phone} · {visits}, 최근 {last}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="24" />
        <source>Desk default</source>
        <translation>이 단말 기본값</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41" />
        <source>Walk-in</source>
        <translation>도보</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42" />
        <source>Private vehicle</source>
        <translation>자가용</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43" />
        <source>Ambulance</source>
        <translation>구급차</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44" />
        <source>Helicopter</source>
        <translation>헬기</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45" />
        <location filename="../../ui/labels.py" line="48" />
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47" />
        <source>Female</source>
        <translation>여</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48" />
        <source>Male</source>
        <translation>남</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49" />
        <source>A — alert</source>
        <translation>A — 명료</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50" />
        <source>V — responds to voice</source>
        <translation>V — 언어 자극에 반응</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51" />
        <source>P — responds to pain</source>
        <translation>P — 통증 자극에 반응</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52" />
        <source>U — unresponsive</source>
        <translation>U — 무반응</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53" />
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53" />
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56" />
        <source>— not recorded</source>
        <translation>— 기록 없음</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57" />
        <source>Room air</source>
        <translation>실내 공기</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58" />
        <source>On oxygen</source>
        <translation>산소 투여 중</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="136" />
        <source>walk in</source>
        <translation>도보</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="137" />
        <source>private vehicle</source>
        <translation>자가용</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="138" />
        <source>ambulance</source>
        <translation>구급차</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="139" />
        <source>helicopter</source>
        <translation>헬기</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="140" />
        <source>other</source>
        <translation>기타</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="141" />
        <source>unknown</source>
        <translation>내원 수단 미상</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <location filename="../../ui/labels.py" line="62" />
        <source>Resuscitation</source>
        <translation>소생</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62" />
        <source>Emergency</source>
        <translation>긴급</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63" />
        <source>Urgency</source>
        <translation>응급</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63" />
        <source>Less urgency</source>
        <translation>준응급</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64" />
        <source>Non-urgency</source>
        <translation>비응급</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64" />
        <source>Emergent</source>
        <translation>긴급</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65" />
        <source>Urgent</source>
        <translation>응급</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65" />
        <source>Less urgent</source>
        <translation>준응급</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66" />
        <source>Non-urgent</source>
        <translation>비응급</translation>
    </message>
</context>
<context>
    <name>LevelBadge</name>
    <message>
        <location filename="../../ui/widgets/level_badge.py" line="21" />
        <source>— no level</source>
        <translation>— 등급 없음</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/level_badge.py" line="54" />
        <source>Acuity level {level}</source>
        <translation>중증도 등급 {level}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/level_badge.py" line="56" />
        <source>Target time to physician: {minutes} min</source>
        <translation>의사 진료까지 목표 시간: {minutes}분</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="44" />
        <source>Wrong user name or password.</source>
        <translation>사용자 이름 또는 비밀번호가 틀렸습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="46" />
        <source>This account is locked. Try again later or ask an administrator.</source>
        <translation>이 계정은 잠겨 있습니다. 나중에 다시 시도하거나 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="50" />
        <source>Sign-in failed unexpectedly: {error}</source>
        <translation>예기치 않게 로그인하지 못했습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="72" />
        <source>Triage Desk — sign in</source>
        <translation>Triage Desk — 로그인</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="73" />
        <source>Triage Desk — first start</source>
        <translation>Triage Desk — 처음 시작</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="74" />
        <source>Triage Desk — locked</source>
        <translation>Triage Desk — 잠김</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="77" />
        <source>Sign in with your Triage Desk account.</source>
        <translation>Triage Desk 계정으로 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="78" />
        <source>No account exists yet. Create the administrator account (at least 10 characters for the password) and choose the triage scale this installation uses (it can be changed later under Administration).</source>
        <translation>아직 계정이 없습니다. 관리자 계정을 만들고(비밀번호 10자 이상) 이 설치에서 사용할 중증도 분류 체계를 선택하세요(나중에 관리 메뉴에서 바꿀 수 있습니다).</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="82" />
        <source>The desk was locked after a period of inactivity. Enter your password to go on; nothing you typed was lost.</source>
        <translation>일정 시간 사용하지 않아 화면이 잠겼습니다. 계속하려면 비밀번호를 입력하세요. 입력한 내용은 그대로 남아 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="90" />
        <source>Database: %1</source>
        <translation>데이터베이스: %1</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="106" />
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="108" />
        <source>Full name</source>
        <translation>성명</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="109" />
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="115" />
        <source>Repeat password</source>
        <translation>비밀번호 확인</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="116" />
        <source>Triage scale</source>
        <translation>중증도 분류 체계</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="135" />
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="136" />
        <source>Create and sign in</source>
        <translation>만들고 로그인</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="137" />
        <source>Unlock</source>
        <translation>잠금 해제</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="141" />
        <source>Sign out</source>
        <translation>로그아웃</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="141" />
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="163" />
        <source>&lt;b&gt;{user}&lt;/b&gt; ({role}) — password &lt;code&gt;{password}&lt;/code&gt;</source>
        <translation>&lt;b&gt;{user}&lt;/b&gt; ({role}) — 비밀번호 &lt;code&gt;{password}&lt;/code&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="165" />
        <source>Demo accounts: see the README.</source>
        <translation>시연용 계정: README를 참고하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="166" />
        <source>&lt;b&gt;Demo installation&lt;/b&gt; — synthetic data only.</source>
        <translation>&lt;b&gt;시연용 설치&lt;/b&gt; — 가상 데이터만 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="173" />
        <source>Enter the user name and the password.</source>
        <translation>사용자 이름과 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="177" />
        <source>The two passwords differ.</source>
        <translation>두 비밀번호가 다릅니다.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="188" />
        <source>Checking…</source>
        <translation>확인 중…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="63" />
        <source>🔒 Locked — enter your password to go on.</source>
        <translation>🔒 잠김 — 계속하려면 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="64" />
        <source>Signed out — sign in to go on.</source>
        <translation>로그아웃됨 — 계속하려면 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="65" />
        <source>DEMO — synthetic data</source>
        <translation>시연용 — 가상 데이터</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127" />
        <location filename="../../ui/main_window.py" line="271" />
        <source>Unlock…</source>
        <translation>잠금 해제…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157" />
        <location filename="../../ui/main_window.py" line="260" />
        <source>&amp;Session</source>
        <translation>세션(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158" />
        <location filename="../../ui/main_window.py" line="261" />
        <source>&amp;Lock</source>
        <translation>잠금(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161" />
        <location filename="../../ui/main_window.py" line="262" />
        <source>Sign &amp;out</source>
        <translation>로그아웃(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165" />
        <location filename="../../ui/main_window.py" line="263" />
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166" />
        <location filename="../../ui/main_window.py" line="264" />
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182" />
        <location filename="../../ui/main_window.py" line="268" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183" />
        <location filename="../../ui/main_window.py" line="269" />
        <source>&amp;About Triage Desk…</source>
        <translation>Triage Desk 정보(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186" />
        <location filename="../../ui/main_window.py" line="270" />
        <source>Session</source>
        <translation>세션</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236" />
        <source>Signed out</source>
        <translation>로그아웃됨</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239" />
        <source>Signed in: &lt;b&gt;{name}&lt;/b&gt; ({user} · {roles})</source>
        <translation>로그인: &lt;b&gt;{name}&lt;/b&gt; ({user} · {roles})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305" />
        <source>Change language</source>
        <translation>언어 변경</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="323" />
        <source>Language not changed: {error}</source>
        <translation>언어를 바꾸지 못했습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="338" />
        <source>Intake</source>
        <translation>접수</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="338" />
        <source>Worklist</source>
        <translation>환자 목록</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="338" />
        <source>Case</source>
        <translation>환자 기록</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339" />
        <source>Administration</source>
        <translation>관리</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362" />
        <location filename="../../ui/main_window.py" line="364" />
        <source>{screen} could not open: {error}</source>
        <translation>{screen} 화면을 열 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="468" />
        <source>The intake form has unsaved input. {action} and discard it?</source>
        <translation>접수 양식에 저장하지 않은 입력이 있습니다. {action}하고 입력한 내용을 버릴까요?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="473" />
        <source>Sign out</source>
        <translation>로그아웃</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="495" />
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285" />
        <location filename="../../ui/main_window.py" line="399" />
        <source>Mass casualty</source>
        <translation>다수사상자</translation>
    </message>
</context>
<context>
    <name>MciReasons</name>
    <message>
        <location filename="../../ui/mci/words.py" line="28" />
        <source>walks</source>
        <translation>보행 가능</translation>
    </message>
    <message>
        <location filename="../../ui/mci/words.py" line="29" />
        <source>does not walk</source>
        <translation>보행 불가</translation>
    </message>
    <message>
        <location filename="../../ui/mci/words.py" line="30" />
        <source>not breathing; breathes after the airway is repositioned</source>
        <translation>무호흡; 기도 재정렬 후 호흡함</translation>
    </message>
    <message>
        <location filename="../../ui/mci/words.py" line="31" />
        <source>not breathing, even after the airway is repositioned</source>
        <translation>기도 재정렬 후에도 무호흡</translation>
    </message>
    <message>
        <location filename="../../ui/mci/words.py" line="32" />
        <source>radial pulse absent</source>
        <translation>요골동맥 맥박 없음</translation>
    </message>
    <message>
        <location filename="../../ui/mci/words.py" line="33" />
        <source>radial pulse present</source>
        <translation>요골동맥 맥박 있음</translation>
    </message>
    <message>
        <location filename="../../ui/mci/words.py" line="34" />
        <source>does not obey simple commands</source>
        <translation>간단한 지시를 따르지 못함</translation>
    </message>
    <message>
        <location filename="../../ui/mci/words.py" line="35" />
        <source>obeys simple commands</source>
        <translation>간단한 지시를 따름</translation>
    </message>
    <message>
        <location filename="../../ui/mci/words.py" line="36" />
        <source>apnoeic; breathes after the airway is positioned</source>
        <translation>무호흡; 기도 확보 후 호흡함</translation>
    </message>
    <message>
        <location filename="../../ui/mci/words.py" line="37" />
        <source>apnoeic after airway positioning and no palpable pulse</source>
        <translation>기도 확보 후에도 무호흡, 맥박 촉지 안 됨</translation>
    </message>
    <message>
        <location filename="../../ui/mci/words.py" line="38" />
        <source>apnoeic with a pulse; breathes after 5 rescue breaths</source>
        <translation>맥박 있는 무호흡; 구조 호흡 5회 후 호흡함</translation>
    </message>
    <message>
        <location filename="../../ui/mci/words.py" line="39" />
        <source>apnoeic with a pulse; no breathing after 5 rescue breaths</source>
        <translation>맥박 있는 무호흡; 구조 호흡 5회 후에도 무호흡</translation>
    </message>
    <message>
        <location filename="../../ui/mci/words.py" line="40" />
        <source>no palpable peripheral pulse</source>
        <translation>말초 맥박 촉지 안 됨</translation>
    </message>
    <message>
        <location filename="../../ui/mci/words.py" line="41" />
        <source>peripheral pulse palpable</source>
        <translation>말초 맥박 촉지됨</translation>
    </message>
    <message>
        <location filename="../../ui/mci/words.py" line="42" />
        <source>AVPU U (unresponsive)</source>
        <translation>AVPU U(무반응)</translation>
    </message>
    <message>
        <location filename="../../ui/mci/words.py" line="43" />
        <source>AVPU P with posturing or an inappropriate response to pain</source>
        <translation>AVPU P, 이상 자세 또는 통증에 부적절한 반응</translation>
    </message>
    <message>
        <location filename="../../ui/mci/words.py" line="44" />
        <source>AVPU P, responds appropriately to pain</source>
        <translation>AVPU P, 통증에 적절히 반응</translation>
    </message>
    <message>
        <location filename="../../ui/mci/words.py" line="49" />
        <source>capillary refill {s} s {op} {limit} s</source>
        <translation>모세혈관 재충혈 {s}초 {op} {limit}초</translation>
    </message>
    <message>
        <location filename="../../ui/mci/words.py" line="51" />
        <source>RR {rr} within {low}-{high}</source>
        <translation>호흡수 {rr}, {low}-{high} 범위 내</translation>
    </message>
    <message>
        <location filename="../../ui/mci/words.py" line="54" />
        <source>not assessed: {names} → {category} until assessed (the most urgent category still possible)</source>
        <translation>미평가: {names} → 평가 전까지 {category}(아직 가능한 가장 긴급한 분류)</translation>
    </message>
</context>
<context>
    <name>ModelLoader</name>
    <message>
        <location filename="../../ui/widgets/model_loader.py" line="32" />
        <source>models loading…</source>
        <translation>모델 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/model_loader.py" line="32" />
        <source>rules only</source>
        <translation>규칙만 사용</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/model_loader.py" line="33" />
        <source>models loaded</source>
        <translation>모델 불러옴</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/model_loader.py" line="33" />
        <source>partly loaded</source>
        <translation>일부만 불러옴</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/model_loader.py" line="256" />
        <source>engine: not loaded</source>
        <translation>엔진: 불러오지 않음</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/model_loader.py" line="259" />
        <source>engine: loaded</source>
        <translation>엔진: 불러옴</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/model_loader.py" line="260" />
        <source>engine: rules only (model files missing or corrupt)</source>
        <translation>엔진: 규칙만 사용(모델 파일이 없거나 손상됨)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/model_loader.py" line="263" />
        <source>image model: not loaded</source>
        <translation>영상 모델: 불러오지 않음</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/model_loader.py" line="265" />
        <source>image model: loaded</source>
        <translation>영상 모델: 불러옴</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../../ui/admin/models_page.py" line="44" />
        <source>Triage level from the complaint (KTAS)</source>
        <translation>주호소로 본 중증도 등급(KTAS)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="45" />
        <source>Suggests a level 1–5 from the complaint, vital signs, age, pain and arrival; the rules' floor always applies on top and a nurse confirms every level.</source>
        <translation>주호소, 활력징후, 나이, 통증, 내원 수단으로 1–5등급을 제안합니다. 규칙의 하한이 항상 함께 적용되며 모든 등급은 간호사가 확인합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="47" />
        <source>1,014 adult emergency records from two Korean hospitals (2016–2017), labelled by expert triage nurses</source>
        <translation>국내 두 병원의 성인 응급실 기록 1,014건(2016–2017), 숙련된 분류 간호사가 등급을 매김</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="50" />
        <source>Triage level from the complaint (ESI)</source>
        <translation>주호소로 본 중증도 등급(ESI)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="51" />
        <source>Used when the installation triages with ESI: suggests a level 1–5 from the complaint, vital signs, age, pain and arrival; the ESI rules' floors apply on top and a nurse confirms every level.</source>
        <translation>ESI로 분류하는 설치에서 사용: 주호소, 활력징후, 나이, 통증, 내원 수단으로 1–5등급을 제안합니다. ESI 규칙의 하한이 함께 적용되며 모든 등급은 간호사가 확인합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="54" />
        <source>20,885 US emergency department visits from 249 hospitals (NHAMCS 2010, CDC/NCHS), with the triage nurses' ESI levels</source>
        <translation>미국 249개 병원 응급실 방문 20,885건(NHAMCS 2010, CDC/NCHS), 분류 간호사의 ESI 등급 포함</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="57" />
        <source>Symptom category</source>
        <translation>증상 범주</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="58" />
        <source>Names the kind of complaint (headache, breathing, chest pain and 22 more) from the patient's own words; it does not change the level.</source>
        <translation>환자의 말로 주호소의 종류(두통, 호흡, 흉통 외 22가지)를 알려 줍니다. 등급은 바꾸지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="60" />
        <source>703 distinct spoken symptom phrases (Medical Speech, Transcription and Intent, 2019)</source>
        <translation>서로 다른 구어 증상 표현 703개(Medical Speech, Transcription and Intent, 2019)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="62" />
        <source>Chest X-ray: possible pneumonia</source>
        <translation>흉부 X선: 폐렴 가능성</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="63" />
        <source>Flags possible pneumonia on a frontal chest radiograph and shows where it looked; may raise a case's priority, never lower it. Not a diagnosis; other images are not assessed.</source>
        <translation>정면 흉부 방사선 사진에서 폐렴 가능성을 표시하고 주목한 곳을 보여 줍니다. 우선순위를 올릴 수는 있지만 내리지는 않습니다. 진단이 아니며 다른 영상은 판독하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="65" />
        <source>4,708 paediatric chest radiographs (children aged 1–5, one hospital in Guangzhou), shrunk to 28×28 pixels</source>
        <translation>소아 흉부 방사선 사진 4,708장(1–5세, 광저우의 한 병원), 28×28 화소로 축소</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="71" />
        <source>right level {p}</source>
        <translation>등급 일치 {p}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="72" />
        <source>within one level {p}</source>
        <translation>1등급 이내 {p}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="73" />
        <source>under-triaged {p}</source>
        <translation>과소 분류 {p}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="74" />
        <source>over-triaged {p}</source>
        <translation>과대 분류 {p}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="75" />
        <source>recognised {p} of emergent cases (levels 1–2)</source>
        <translation>응급 환자(1–2등급)의 {p}를 찾아냄</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="76" />
        <source>finds {p} of {positive} cases</source>
        <translation>{positive} 사례의 {p}를 찾아냄</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="77" />
        <source>calls {p} of {negative} cases {negative}</source>
        <translation>{negative} 사례의 {p}를 {negative}(으)로 판정</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="78" />
        <source>right {p} of the time</source>
        <translation>정답률 {p}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="79" />
        <source>right answer among its first three {p}</source>
        <translation>상위 3개 안에 정답 {p}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="81" />
        <source>on {n} held-out validation cases</source>
        <translation>검증용으로 떼어 둔 {n}건 기준</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="81" />
        <source>in 5-fold cross-validation</source>
        <translation>5겹 교차 검증 기준</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="83" />
        <source>in 5-fold cross-validation by hospital (each tested on hospitals it never saw)</source>
        <translation>병원별 5겹 교차 검증 기준(보지 않은 병원에서 시험)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="84" />
        <source>for comparison, the triage nurses on the same records</source>
        <translation>비교: 같은 기록에 대한 분류 간호사</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="113" />
        <source>positive</source>
        <translation>양성</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="114" />
        <source>negative</source>
        <translation>음성</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="183" />
        <source>not used by the engine</source>
        <translation>엔진이 사용하지 않음</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="185" />
        <source>loaded</source>
        <translation>불러옴</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="187" />
        <source>not loaded: {error}</source>
        <translation>불러오지 않음: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="189" />
        <source>loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="190" />
        <source>not loaded</source>
        <translation>불러오지 않음</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="213" />
        <location filename="../../ui/admin/models_page.py" line="276" />
        <source>Loaded</source>
        <translation>불러옴</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="214" />
        <source>no validated figures in the manifest</source>
        <translation>매니페스트에 검증 성능이 없음</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="224" />
        <source>version</source>
        <translation>버전</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="224" />
        <source>Learned from:</source>
        <translation>학습 데이터:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="225" />
        <source>Validated:</source>
        <translation>검증:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="225" />
        <source>State:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="226" />
        <source>Technical details</source>
        <translation>기술 정보</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="227" />
        <source>weights sha256</source>
        <translation>가중치 sha256</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="227" />
        <source>training file</source>
        <translation>학습 파일</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="254" />
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="288" />
        <source>rules + models</source>
        <translation>규칙 + 모델</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="288" />
        <source>rules only</source>
        <translation>규칙만 사용</translation>
    </message>
    <message>
        <location filename="../../ui/admin/models_page.py" line="289" />
        <source>{loaded} of {total} models loaded — suggestions use {basis}. Weights are checked against their manifest sha256 when loaded.</source>
        <translation>모델 {total}개 중 {loaded}개를 불러옴 — 제안은 {basis}. 가중치는 불러올 때 매니페스트의 sha256과 대조합니다.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="92" />
        <source>Tag {number} moved to</source>
        <translation>태그 {number} 이송/이동</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="97" />
        <source>e.g. Resus 2, St Mary's, Ambulance 14</source>
        <translation>예: 소생실 2, 성모병원, 구급차 14</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="106" />
        <source>Moved to</source>
        <translation>이송/이동</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="107" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
</context>
<context>
    <name>NoteBox</name>
    <message>
        <location filename="../../ui/intake/note_box.py" line="49" />
        <source>on oxygen</source>
        <translation>산소 투여 중</translation>
    </message>
    <message>
        <location filename="../../ui/intake/note_box.py" line="50" />
        <source>room air</source>
        <translation>실내 공기</translation>
    </message>
    <message>
        <location filename="../../ui/intake/note_box.py" line="54" />
        <location filename="../../ui/intake/note_box.py" line="336" />
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../../ui/intake/note_box.py" line="55" />
        <location filename="../../ui/intake/note_box.py" line="337" />
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../../ui/intake/note_box.py" line="100" />
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../ui/intake/note_box.py" line="105" />
        <source>Paste a referral or hand-over, or type the call as it comes: age, vital signs and the story written here fill the empty fields</source>
        <translation>의뢰서나 인계 내용을 붙여 넣거나 들은 대로 적으세요. 여기 적은 나이, 활력징후, 경과가 빈 칸을 채웁니다</translation>
    </message>
    <message>
        <location filename="../../ui/intake/note_box.py" line="191" />
        <source>the note says {value} (“{source}”); kept what you typed</source>
        <translation>메모에는 {value}(“{source}”)로 적혀 있습니다. 입력한 값을 그대로 두었습니다</translation>
    </message>
    <message>
        <location filename="../../ui/intake/note_box.py" line="194" />
        <source> and </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/intake/note_box.py" line="195" />
        <source>the note gives two values: {readings}; left for you</source>
        <translation>메모에 값이 두 개 있습니다: {readings}. 직접 입력하세요</translation>
    </message>
    <message>
        <location filename="../../ui/intake/note_box.py" line="225" />
        <source>characters {start}-{end}</source>
        <translation>{start}-{end}번째 글자</translation>
    </message>
    <message>
        <location filename="../../ui/intake/note_box.py" line="226" />
        <source>From the note: “{source}” ({where}). Tab through to confirm, or edit.</source>
        <translation>메모에서 읽음: “{source}”({where}). Tab으로 지나가면 확인, 아니면 고치세요.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/note_box.py" line="269" />
        <source>Read from the note: {values}</source>
        <translation>메모에서 읽은 값: {values}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/note_box.py" line="273" />
        <source>two values in the note for {fields}</source>
        <translation>메모에 값이 두 개인 항목: {fields}</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="59" />
        <source>Override the category of tag {number}</source>
        <translation>태그 {number}의 분류 변경</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="65" />
        <source>why the algorithm's category is not right (required)</source>
        <translation>알고리즘 분류가 맞지 않는 이유(필수)</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="73" />
        <source>The algorithm said {category}.</source>
        <translation>알고리즘 분류: {category}.</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="75" />
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="76" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
</context>
<context>
    <name>RateChart</name>
    <message>
        <location filename="../../ui/widgets/charts.py" line="169" />
        <source>No reviews yet</source>
        <translation>아직 검토 없음</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/case/decision.py" line="47" />
        <source>Reason (required)</source>
        <translation>사유(필수)</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="77" />
        <source>Close case {case}, accepted level {level} by {who}? It leaves the worklist; a clinician can reopen it.</source>
        <translation>{case}번 환자({who} 승인: {level})를 종결할까요? 환자 목록에서 빠지며, 의사가 다시 열 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="80" />
        <source>Close case {case}, overridden to level {level} by {who}? It leaves the worklist; a clinician can reopen it.</source>
        <translation>{case}번 환자({who} 변경: {level})를 종결할까요? 환자 목록에서 빠지며, 의사가 다시 열 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="83" />
        <source>Close case {case}</source>
        <translation>{case}번 환자 종결</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="85" />
        <source>Close case</source>
        <translation>종결</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="87" />
        <source>Close case {case} without review</source>
        <translation>{case}번 환자를 검토 없이 종결</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="88" />
        <source>Nobody has accepted or overridden the level of case {case}. Close it without review? Say why (for instance: left before being seen, transferred).</source>
        <translation>{case}번 환자의 등급을 아무도 승인하거나 변경하지 않았습니다. 검토 없이 종결할까요? 사유를 적으세요(예: 진료 전 귀가, 전원).</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="91" />
        <source>Close without review</source>
        <translation>검토 없이 종결</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="92" />
        <source>Why it closes without review (required)</source>
        <translation>검토 없이 종결하는 사유(필수)</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="96" />
        <source>Reopen case {case}</source>
        <translation>{case}번 환자 재개</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="97" />
        <source>Reopen case {case}? It returns to the worklist.</source>
        <translation>{case}번 환자를 다시 열까요? 환자 목록으로 돌아갑니다.</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="99" />
        <source>Reopen</source>
        <translation>재개</translation>
    </message>
    <message>
        <location filename="../../ui/case/decision.py" line="100" />
        <source>Why it is reopened (required)</source>
        <translation>재개하는 사유(필수)</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../ui/reason_words.py" line="31" />
        <source>Unresponsive</source>
        <translation>무반응</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="32" />
        <source>Unconscious (GCS ≤ 8)</source>
        <translation>의식 없음 (GCS ≤ 8)</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="33" />
        <source>Responds only to pain</source>
        <translation>통증에만 반응</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="34" />
        <source>Responds only to voice</source>
        <translation>목소리에만 반응</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="35" />
        <source>Altered consciousness (GCS 9-13)</source>
        <translation>의식 저하 (GCS 9-13)</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="36" />
        <source>Shock</source>
        <translation>쇼크</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="37" />
        <source>Hypotension</source>
        <translation>저혈압</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="38" />
        <source>Shock index ≥ 1.0</source>
        <translation>쇼크 지수 ≥ 1.0</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="39" />
        <source>Severe bradycardia</source>
        <translation>심한 서맥</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="40" />
        <source>Severe tachycardia</source>
        <translation>심한 빈맥</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="41" />
        <source>Tachycardia</source>
        <translation>빈맥</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="42" />
        <source>Severe hypertension with symptoms</source>
        <translation>증상을 동반한 심한 고혈압</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="43" />
        <source>Severe hypertension</source>
        <translation>심한 고혈압</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="44" />
        <source>Respiratory failure</source>
        <translation>호흡부전</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="45" />
        <source>Severe hypoxaemia</source>
        <translation>심한 저산소증</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="46" />
        <source>Hypoxaemia</source>
        <translation>저산소증</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="47" />
        <source>Mild hypoxaemia</source>
        <translation>경도 저산소증</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="48" />
        <source>Extreme respiratory rate</source>
        <translation>극단적 호흡수</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="49" />
        <source>Abnormal respiratory rate</source>
        <translation>비정상 호흡수</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="50" />
        <source>Severe hypothermia</source>
        <translation>심한 저체온</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="51" />
        <source>Hypothermia</source>
        <translation>저체온</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="52" />
        <source>Very high fever</source>
        <translation>고열</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="53" />
        <source>Fever with risk factors</source>
        <translation>위험 인자를 동반한 발열</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="54" />
        <source>Reported fever with immunosuppression</source>
        <translation>면역저하 환자의 발열 호소</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="55" />
        <source>Fever with abnormal vital signs</source>
        <translation>활력징후 이상을 동반한 발열</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="56" />
        <source>Fever</source>
        <translation>발열</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="57" />
        <source>Fever in an infant under 3 months</source>
        <translation>생후 3개월 미만 영아의 발열</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="58" />
        <source>Fever in an infant of unknown months</source>
        <translation>월령 미상 영아의 발열</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="59" />
        <source>Severe central pain</source>
        <translation>심한 중심부 통증</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="60" />
        <source>Severe peripheral pain</source>
        <translation>심한 말초 통증</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="61" />
        <source>Moderate central pain</source>
        <translation>중등도 중심부 통증</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="62" />
        <source>Moderate peripheral pain</source>
        <translation>중등도 말초 통증</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="63" />
        <source>NEWS2 ≥ 7 (high risk)</source>
        <translation>NEWS2 ≥ 7 (고위험)</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="64" />
        <source>NEWS2 5-6 (medium risk)</source>
        <translation>NEWS2 5-6 (중등도 위험)</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="65" />
        <source>NEWS2 single parameter scored 3</source>
        <translation>NEWS2 단일 항목 3점</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="66" />
        <source>NEWS2 {total} (low risk)</source>
        <translation>NEWS2 {total} (저위험)</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="67" />
        <source>NEWS2 {total} (low-medium risk)</source>
        <translation>NEWS2 {total} (저-중등도 위험)</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="68" />
        <source>NEWS2 {total} (medium risk)</source>
        <translation>NEWS2 {total} (중등도 위험)</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="69" />
        <source>NEWS2 {total} (high risk)</source>
        <translation>NEWS2 {total} (고위험)</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="70" />
        <source>Vital signs read from the complaint</source>
        <translation>주호소에서 읽은 활력징후</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="72" />
        <source>Cardiac or respiratory arrest</source>
        <translation>심정지 또는 호흡정지</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="73" />
        <source>Airway or resuscitation needed</source>
        <translation>기도 확보 또는 소생술 필요</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="74" />
        <source>Active seizure / status epilepticus</source>
        <translation>진행 중인 경련 / 간질 지속 상태</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="75" />
        <source>Altered mental status</source>
        <translation>의식 변화</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="76" />
        <source>Stroke signs (BE-FAST)</source>
        <translation>뇌졸중 징후 (BE-FAST)</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="77" />
        <source>Intracranial haemorrhage</source>
        <translation>두개내 출혈</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="78" />
        <source>Chest pain, possibly cardiac</source>
        <translation>흉통, 심장성 가능성</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="79" />
        <source>Acute coronary syndrome</source>
        <translation>급성 관상동맥 증후군</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="80" />
        <source>Possible aortic dissection / aneurysm</source>
        <translation>대동맥 박리 / 동맥류 의심</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="81" />
        <source>Possible pulmonary embolism</source>
        <translation>폐색전증 의심</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="82" />
        <source>Respiratory distress / airway threat</source>
        <translation>호흡곤란 / 기도 위협</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="83" />
        <source>Anaphylaxis</source>
        <translation>아나필락시스</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="84" />
        <source>Allergic reaction with breathing difficulty</source>
        <translation>호흡곤란을 동반한 알레르기 반응</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="85" />
        <source>Suicidal ideation, attempt or self-harm</source>
        <translation>자살 사고, 시도 또는 자해</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="86" />
        <source>Violent or uncontrolled behaviour</source>
        <translation>폭력적이거나 통제되지 않는 행동</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="87" />
        <source>Poisoning / intoxication with drugs</source>
        <translation>중독 / 약물 중독</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="88" />
        <source>Major trauma mechanism</source>
        <translation>중증 외상 기전</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="89" />
        <source>Bleeding in pregnancy</source>
        <translation>임신 중 출혈</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="90" />
        <source>Possible ectopic pregnancy / eclampsia</source>
        <translation>자궁외 임신 / 자간증 의심</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="91" />
        <source>Thunderclap headache</source>
        <translation>벼락 두통</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="92" />
        <source>Possible testicular torsion</source>
        <translation>고환 염전 의심</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="93" />
        <source>Diabetic emergency (DKA / hypoglycaemia)</source>
        <translation>당뇨 응급 (DKA / 저혈당)</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="94" />
        <source>Possible sepsis</source>
        <translation>패혈증 의심</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="95" />
        <source>Possible spinal cord compression</source>
        <translation>척수 압박 의심</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="96" />
        <source>Hypotension reported</source>
        <translation>저혈압 보고됨</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="97" />
        <source>Airway, electrical or extensive burn</source>
        <translation>기도, 전기 또는 광범위 화상</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="98" />
        <source>Chemical exposure to the eye</source>
        <translation>눈의 화학물질 노출</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="99" />
        <source>Chemical burn</source>
        <translation>화학 화상</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="100" />
        <source>Sudden loss of vision</source>
        <translation>갑작스러운 시력 상실</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="101" />
        <source>Acute visual disturbance</source>
        <translation>급성 시각 장애</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="102" />
        <source>Penetrating eye injury</source>
        <translation>관통성 안구 손상</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="103" />
        <source>Eye trauma</source>
        <translation>안구 외상</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="104" />
        <source>Hyperkalaemia</source>
        <translation>고칼륨혈증</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="105" />
        <source>Uncontrolled or arterial bleeding</source>
        <translation>조절되지 않는 출혈 또는 동맥 출혈</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="106" />
        <source>Head injury or fall on anticoagulants</source>
        <translation>항응고제 복용 중 두부 손상 또는 낙상</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="107" />
        <source>Gastrointestinal bleeding</source>
        <translation>위장관 출혈</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="108" />
        <source>Haemoptysis</source>
        <translation>객혈</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="109" />
        <source>Seizure (recovered)</source>
        <translation>경련 (회복됨)</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="111" />
        <source>Level head's urgency {urgency} — above this ED's line of {line}</source>
        <translation>등급 모델의 긴급도 {urgency} — 이 응급실 기준선 {line} 초과</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="112" />
        <source>Level {level} rather than {head} — this ED's own line below 1-2</source>
        <translation>{head}등급 대신 {level}등급 — 이 응급실의 1-2등급 아래 기준선</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="113" />
        <source>Level {level} rather than {head} — the shipped line below 1-2</source>
        <translation>{head}등급 대신 {level}등급 — 기본 제공된 1-2등급 아래 기준선</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="114" />
        <source>Risk of critical care {p} — above this ED's line of {line}</source>
        <translation>중환자 치료 위험 {p} — 이 응급실 기준선 {line} 초과</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="115" />
        <source>Risk of critical care {p} — above the shipped line of {line}</source>
        <translation>중환자 치료 위험 {p} — 기본 기준선 {line} 초과</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="116" />
        <source>Risk of critical care {p} (above this ED's line of {line})</source>
        <translation>중환자 치료 위험 {p} (이 응급실 기준선 {line} 초과)</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="117" />
        <source>Risk of critical care {p} (below this ED's line of {line})</source>
        <translation>중환자 치료 위험 {p} (이 응급실 기준선 {line} 미만)</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="118" />
        <source>Risk of critical care {p} (above the shipped line of {line})</source>
        <translation>중환자 치료 위험 {p} (기본 기준선 {line} 초과)</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="119" />
        <source>Risk of critical care {p} (below the shipped line of {line})</source>
        <translation>중환자 치료 위험 {p} (기본 기준선 {line} 미만)</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="120" />
        <source>Risk of critical care {p}</source>
        <translation>중환자 치료 위험 {p}</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="121" />
        <source>Likely admission {p}</source>
        <translation>입원 가능성 높음 {p}</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="122" />
        <source>Rules only: the text model is unavailable</source>
        <translation>규칙만 사용: 텍스트 모델을 사용할 수 없음</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="123" />
        <source>between level {low} and {high} — {what} would decide</source>
        <translation>{low}등급과 {high}등급 사이 — {what}(으)로 결정됩니다</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="125" />
        <source>Not recorded: {fields}</source>
        <translation>미기록: {fields}</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="126" />
        <source>Image not assessed</source>
        <translation>영상 평가 안 됨</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="127" />
        <source>Chest radiograph: possible pneumonia</source>
        <translation>흉부 X선: 폐렴 가능성</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="128" />
        <source>Chest radiograph: {finding}</source>
        <translation>흉부 X선: {finding}</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="133" />
        <source>ESI level {level}</source>
        <translation>ESI {level}등급</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="134" />
        <source>Demo data: synthetic suggestion</source>
        <translation>시연용 데이터: 합성 제안</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="142" />
        <source>Onset of the stroke signs not stated: level 2 assumes within hours — ask when the patient was last known well (level 3 if days ago).</source>
        <translation>뇌졸중 징후의 발생 시각이 기록되지 않음: 2등급은 수 시간 이내로 가정합니다 — 마지막 정상 확인 시각을 물어보세요(며칠 전이면 3등급).</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="144" />
        <source>Onset of the vision loss not stated: level 2 assumes it was sudden, within hours — ask when it started (level 3 if days ago).</source>
        <translation>시력 상실의 발생 시각이 기록되지 않음: 2등급은 수 시간 이내의 갑작스러운 발생으로 가정합니다 — 언제 시작했는지 물어보세요(며칠 전이면 3등급).</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="146" />
        <source>The onset is unclear: ask when it started.</source>
        <translation>발생 시각이 불분명합니다: 언제 시작했는지 물어보세요.</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="147" />
        <source>How many months old is the infant? Fever under 3 months is level 2; an older infant follows the other signs.</source>
        <translation>영아의 월령은? 생후 3개월 미만의 발열은 2등급이며, 그보다 큰 영아는 다른 징후를 따릅니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="152" />
        <source>an SpO2 reading</source>
        <translation>SpO2 측정값</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="152" />
        <source>a pain score</source>
        <translation>통증 점수</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="153" />
        <source>a heart rate</source>
        <translation>맥박</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="153" />
        <source>a respiratory rate</source>
        <translation>호흡수</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="154" />
        <source>a blood pressure</source>
        <translation>혈압</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="154" />
        <source>a temperature</source>
        <translation>체온</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="155" />
        <source>a consciousness level (AVPU/GCS)</source>
        <translation>의식 수준 (AVPU/GCS)</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="156" />
        <source>the patient's age</source>
        <translation>환자 나이</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="156" />
        <source>the presenting complaint</source>
        <translation>주호소</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="157" />
        <source>a clinician's assessment of the complaint</source>
        <translation>주호소에 대한 의사의 평가</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="158" />
        <source>no pneumonia detected</source>
        <translation>폐렴 소견 없음</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="158" />
        <source>no finding</source>
        <translation>소견 없음</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="159" />
        <source>possible pneumonia</source>
        <translation>폐렴 가능성</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="165" />
        <source>AVPU U: responds to nothing</source>
        <translation>AVPU U: 무반응</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="166" />
        <source>AVPU P: responds only to pain</source>
        <translation>AVPU P: 통증에만 반응</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="167" />
        <source>AVPU V: responds only to voice</source>
        <translation>AVPU V: 목소리에만 반응</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="168" />
        <source>Complaint mentions {quote}</source>
        <translation>주호소에 {quote} 언급</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="169" />
        <source>Complaint reports {quote} with {words} (not measured)</source>
        <translation>주호소에 {quote} 및 {words} 보고 (측정 안 됨)</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="170" />
        <source>Complaint reports {quote} with {words} (measured T {t} °C)</source>
        <translation>주호소에 {quote} 및 {words} 보고 (측정 T {t} °C)</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="171" />
        <source>with immunosuppression ({words})</source>
        <translation>및 면역저하 ({words})</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="172" />
        <source>immunosuppression ({words})</source>
        <translation>면역저하 ({words})</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="173" />
        <source>without symptoms</source>
        <translation>증상 없음</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="174" />
        <source>other vital signs normal</source>
        <translation>다른 활력징후 정상</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="175" />
        <source>central pain from the complaint</source>
        <translation>주호소상 중심부 통증</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="176" />
        <source>peripheral pain from the complaint</source>
        <translation>주호소상 말초 통증</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="177" />
        <source>at {days} days old</source>
        <translation>생후 {days}일</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="178" />
        <source>at {quote}</source>
        <translation>{quote}</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="179" />
        <source>fever reported</source>
        <translation>발열 호소</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="180" />
        <source>under 1 year, age in months not recorded (under 3 months is level 2)</source>
        <translation>1세 미만, 월령 미기록 (생후 3개월 미만은 2등급)</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="181" />
        <source>(the fields were empty)</source>
        <translation>(입력란은 비어 있었음)</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="182" />
        <source>(lower bound: {names} not recorded)</source>
        <translation>(최솟값: {names} 미기록)</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="183" />
        <source>altered consciousness</source>
        <translation>의식 저하</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="184" />
        <source>on oxygen</source>
        <translation>산소 투여 중</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="185" />
        <source>consciousness</source>
        <translation>의식</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="186" />
        <source>temperature</source>
        <translation>체온</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="187" />
        <source>oxygen</source>
        <translation>산소</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="188" />
        <source>(adult)</source>
        <translation>(성인)</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="189" />
        <source>(age {age})</source>
        <translation>(나이 {age})</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="190" />
        <source>age {age}</source>
        <translation>{age}세</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="191" />
        <source>{value} is {low}-{high}</source>
        <translation>{value}: {low}-{high} 범위</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="193" />
        <source>This ED's calibration ({version}) calls level 1-2 from a lower urgency than the shipped line ({line}), fitted on its own nurses' past levels.</source>
        <translation>이 응급실의 보정({version})은 자체 간호사들의 과거 등급에 맞춰, 기본 기준선({line})보다 낮은 긴급도에서 1-2등급으로 판정합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="195" />
        <source>This ED's calibration ({version}) moves cases the level head puts at {head} up to {level} sooner than the shipped head does, fitted on its own nurses' past levels.</source>
        <translation>이 응급실의 보정({version})은 자체 간호사들의 과거 등급에 맞춰, 등급 모델이 {head}등급으로 본 환자를 기본 모델보다 먼저 {level}등급으로 올립니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="197" />
        <source>P(critical) decided: level {level} (the level head alone: {head}).</source>
        <translation>P(중환자)로 결정: {level}등급 (등급 모델만으로는: {head}).</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="198" />
        <source>Learned from what happened to patients (critical care, operating room, cath lab, death in the ED), not from nurses' levels.</source>
        <translation>간호사의 등급이 아니라 환자에게 실제로 일어난 일(중환자 치료, 수술실, 심혈관 조영실, 응급실 내 사망)에서 학습했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="200" />
        <source>The level was decided by a manual floor.</source>
        <translation>등급은 지침의 최소 등급 규칙으로 결정되었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="201" />
        <source>The level was decided by the level head.</source>
        <translation>등급은 등급 모델로 결정되었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="202" />
        <source>The level was decided by the cautious default.</source>
        <translation>등급은 신중한 기본값으로 결정되었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="203" />
        <source>Calibrated probability of admission (or transfer to a hospital bed).</source>
        <translation>보정된 입원(또는 병상 전원) 확률입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="204" />
        <source>No rule fired; level {level} is a cautious default — a clinician must assess.</source>
        <translation>해당하는 규칙이 없습니다. {level}등급은 신중한 기본값이며, 의사가 평가해야 합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="205" />
        <source>The level is the most urgent rule floor; the model could not refine it.</source>
        <translation>등급은 가장 긴급한 규칙의 최소 등급이며, 모델이 보정하지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="206" />
        <source>The image model raises the level to at least {level} ({name}); it never lowers it.</source>
        <translation>영상 모델은 등급을 최소 {level}등급({name})으로 올리며, 낮추지는 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="208" />
        <source>Does not change the level.</source>
        <translation>등급을 바꾸지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="210" />
        <source>Engine level {level} on the KTAS-shaped scale</source>
        <translation>KTAS 형식 척도의 엔진 등급 {level}</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="211" />
        <source>ESI {level} because</source>
        <translation>ESI {level} 사유:</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="212" />
        <source>ESI 3, work-up with two or more resources expected</source>
        <translation>ESI 3, 두 가지 이상의 자원이 필요한 검사 예상</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="213" />
        <source>Level from the ESI head (US emergency departments), the rules' floor applied</source>
        <translation>ESI 모델(미국 응급실)의 등급, 규칙의 최소 등급 적용</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="214" />
        <source>danger-zone vital signs ({names}): consider ESI 2</source>
        <translation>위험 구간 활력징후({names}): ESI 2 고려</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="215" />
        <source>Made-up case for demonstration; not produced by the triage engine.</source>
        <translation>시연용으로 만든 사례이며, 분류 엔진이 만든 것이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="216" />
        <source>with</source>
        <translation>및</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="221" />
        <source>Oxygen</source>
        <translation>산소</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="221" />
        <source>NEWS2</source>
        <translation>NEWS2</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="222" />
        <source>Shock index</source>
        <translation>쇼크 지수</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="222" />
        <source>Probability</source>
        <translation>확률</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="223" />
        <source>Model level</source>
        <translation>모델 등급</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="223" />
        <source>Onset (hours)</source>
        <translation>발생 (시간)</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="224" />
        <source>Mean arterial pressure</source>
        <translation>평균 동맥압</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="224" />
        <source>Words</source>
        <translation>단어</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="225" />
        <source>Symptom categories</source>
        <translation>증상 범주</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="225" />
        <source>Not recorded</source>
        <translation>미기록</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="226" />
        <source>Pain site</source>
        <translation>통증 부위</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="226" />
        <source>Text</source>
        <translation>문구</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="227" />
        <source>Age days</source>
        <translation>일령</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="227" />
        <source>Site</source>
        <translation>부위</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="228" />
        <source>Symptom</source>
        <translation>증상</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="228" />
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="229" />
        <source>Consciousness</source>
        <translation>의식</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="229" />
        <source>Head urgency</source>
        <translation>모델 긴급도</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="230" />
        <source>Site line</source>
        <translation>응급실 기준선</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="230" />
        <source>Level shift</source>
        <translation>등급 이동</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="231" />
        <source>Point version</source>
        <translation>보정 버전</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="231" />
        <source>P critical</source>
        <translation>중환자 확률</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="232" />
        <source>Threshold</source>
        <translation>기준선</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="232" />
        <source>Decided by</source>
        <translation>결정 근거</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="233" />
        <source>Point source</source>
        <translation>기준선 출처</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="233" />
        <source>P admission</source>
        <translation>입원 확률</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="234" />
        <source>Engine level</source>
        <translation>엔진 등급</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="234" />
        <source>Criteria</source>
        <translation>기준</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="235" />
        <source>Danger zone</source>
        <translation>위험 구간</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="236" />
        <source>room air</source>
        <translation>실내 공기</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="236" />
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../../ui/reason_words.py" line="237" />
        <source>no</source>
        <translation>아니요</translation>
    </message>
</context>
<context>
    <name>RetagDialog</name>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="161" />
        <source>Re-tag {number}</source>
        <translation>태그 {number} 재분류</translation>
    </message>
</context>
<context>
    <name>RetriageBox</name>
    <message>
        <location filename="../../ui/case/retriage_box.py" line="11" />
        <source>HR</source>
        <translation>맥박</translation>
    </message>
    <message>
        <location filename="../../ui/case/retriage_box.py" line="12" />
        <source>RR</source>
        <translation>호흡수</translation>
    </message>
    <message>
        <location filename="../../ui/case/retriage_box.py" line="13" />
        <source>SBP</source>
        <translation>수축기</translation>
    </message>
    <message>
        <location filename="../../ui/case/retriage_box.py" line="14" />
        <source>DBP</source>
        <translation>이완기</translation>
    </message>
    <message>
        <location filename="../../ui/case/retriage_box.py" line="15" />
        <source>Temp</source>
        <translation>체온</translation>
    </message>
    <message>
        <location filename="../../ui/case/retriage_box.py" line="16" />
        <location filename="../../ui/case/retriage_box.py" line="39" />
        <source>Pain</source>
        <translation>통증</translation>
    </message>
    <message>
        <location filename="../../ui/case/retriage_box.py" line="25" />
        <source>Re-triage with new vital signs</source>
        <translation>새 활력징후로 재분류</translation>
    </message>
    <message>
        <location filename="../../ui/case/retriage_box.py" line="33" />
        <source>{field}: possible range {range}</source>
        <translation>{field}: 가능 범위 {range}</translation>
    </message>
    <message>
        <location filename="../../ui/case/retriage_box.py" line="38" />
        <source>AVPU —</source>
        <translation>AVPU —</translation>
    </message>
    <message>
        <location filename="../../ui/case/retriage_box.py" line="39" />
        <source>Alert</source>
        <translation>명료</translation>
    </message>
    <message>
        <location filename="../../ui/case/retriage_box.py" line="39" />
        <source>Voice</source>
        <translation>언어 반응</translation>
    </message>
    <message>
        <location filename="../../ui/case/retriage_box.py" line="40" />
        <source>Unresponsive</source>
        <translation>무반응</translation>
    </message>
    <message>
        <location filename="../../ui/case/retriage_box.py" line="42" />
        <source>Re-triage</source>
        <translation>재분류</translation>
    </message>
</context>
<context>
    <name>ServerLink</name>
    <message>
        <location filename="../../ui/server_link.py" line="34" />
        <source>Server unreachable since {since} — your typing is kept; saving resumes when it returns</source>
        <translation>{since}부터 서버에 연결할 수 없습니다 — 입력한 내용은 남아 있으며, 서버가 돌아오면 저장을 다시 시작합니다</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="25" />
        <source>The triage scale names the five levels, sets their target times and colours and decides how the engine expresses its suggestion, on every desk of this installation. Changing it is written to the audit log; the level numbers of saved cases are kept as they are.</source>
        <translation>중증도 분류 체계는 이 설치의 모든 단말에서 다섯 등급의 이름, 목표 시간과 색을 정하고 엔진이 제안을 어떻게 표시할지 결정합니다. 바꾸면 감사 기록에 남으며, 저장된 환자의 등급 번호는 그대로 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="34" />
        <source>Use this scale</source>
        <translation>이 분류 체계 사용</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="40" />
        <source>Triage scale</source>
        <translation>중증도 분류 체계</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="52" />
        <source>In use: {0}.</source>
        <translation>사용 중: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="60" />
        <source>Saving…</source>
        <translation>저장 중…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="66" />
        <source>In use: {0} (saved and audited).</source>
        <translation>사용 중: {0}(저장하고 감사 기록에 남김).</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="72" />
        <source>Not changed: {0}</source>
        <translation>바뀌지 않음: {0}</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <location filename="../../ui/widgets/suggestion_panel.py" line="24" />
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/suggestion_panel.py" line="25" />
        <source>Text model</source>
        <translation>텍스트 모델</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/suggestion_panel.py" line="26" />
        <source>Words</source>
        <translation>단어</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/suggestion_panel.py" line="27" />
        <source>Image</source>
        <translation>영상</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/suggestion_panel.py" line="28" />
        <source>Missing</source>
        <translation>누락</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/suggestion_panel.py" line="29" />
        <source>Uncertain</source>
        <translation>불확실</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/suggestion_panel.py" line="30" />
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/suggestion_panel.py" line="90" />
        <source>most likely level {level}, {p}</source>
        <translation>가장 가능성 높은 등급 {level}, {p}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/suggestion_panel.py" line="92" />
        <source>From the complaint and the intake; a rule floor can still raise the level.</source>
        <translation>주호소와 접수 내용으로 판단. 규칙의 하한이 등급을 더 올릴 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/suggestion_panel.py" line="96" />
        <source>Words in the note that weighed</source>
        <translation>판단에 영향을 준 단어</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/suggestion_panel.py" line="99" />
        <source>raised urgency: {words}</source>
        <translation>긴급도를 올림: {words}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/suggestion_panel.py" line="102" />
        <source>lowered urgency: {words}</source>
        <translation>긴급도를 낮춤: {words}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/suggestion_panel.py" line="105" />
        <source>no single word changed the level</source>
        <translation>등급을 바꾼 단어는 없음</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/suggestion_panel.py" line="109" />
        <source>Symptom category: {name} {p}</source>
        <translation>증상 범주: {name} {p}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/suggestion_panel.py" line="121" />
        <source>level</source>
        <translation>등급</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/suggestion_panel.py" line="129" />
        <source>read</source>
        <translation>읽은 값</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/suggestion_panel.py" line="150" />
        <source>Suggested level</source>
        <translation>제안 등급</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/suggestion_panel.py" line="193" />
        <source>Why</source>
        <translation>근거</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/suggestion_panel.py" line="213" />
        <source>Enter the complaint and vital signs to see a suggestion.</source>
        <translation>주호소와 활력징후를 입력하면 제안이 보입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/suggestion_panel.py" line="228" />
        <source>Missing: {fields}</source>
        <translation>누락: {fields}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/suggestion_panel.py" line="273" />
        <source>Level {level} — set by the rule: {rule}</source>
        <translation>{level} — 규칙으로 결정: {rule}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/suggestion_panel.py" line="278" />
        <source>Level {level} — set by the outcome risk: {risk}</source>
        <translation>{level} — 예후 위험으로 결정: {risk}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/suggestion_panel.py" line="281" />
        <source>Level {level} — the model's level, probability {p}</source>
        <translation>{level} — 모델의 등급, 확률 {p}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/suggestion_panel.py" line="284" />
        <source>Level {level} — cautious default (no rule fired): a clinician must assess</source>
        <translation>{level} — 안전을 위한 기본값(해당 규칙 없음): 의사가 평가해야 합니다</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/suggestion_panel.py" line="288" />
        <source>rules only</source>
        <translation>규칙만 사용</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/suggestion_panel.py" line="288" />
        <source>rules + models</source>
        <translation>규칙 + 모델</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/suggestion_panel.py" line="290" />
        <source>see immediately</source>
        <translation>즉시 진료</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/suggestion_panel.py" line="291" />
        <source>target {minutes} min</source>
        <translation>목표 {minutes}분</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/suggestion_panel.py" line="299" />
        <source>Risk of critical care {p}</source>
        <translation>중환자 치료 위험 {p}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/suggestion_panel.py" line="301" />
        <source>Likely admission {p}</source>
        <translation>입원 가능성 높음 {p}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/suggestion_panel.py" line="302" />
        <source>Chance of admission {p}</source>
        <translation>입원 가능성 {p}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/suggestion_panel.py" line="304" />
        <source>Risk of {outcome} {p}</source>
        <translation>{outcome} 위험 {p}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/suggestion_panel.py" line="307" />
        <source>(above this ED's line of {line})</source>
        <translation>(이 응급실 경계선 {line} 초과)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/suggestion_panel.py" line="308" />
        <source>(below this ED's line of {line})</source>
        <translation>(이 응급실 경계선 {line} 미만)</translation>
    </message>
</context>
<context>
    <name>TagActions</name>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="44" />
        <source>{what}: not saved ({error})</source>
        <translation>{what}: 저장 안 됨({error})</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="46" />
        <source>{what} refused: {error}</source>
        <translation>{what} 거부됨: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="48" />
        <source>{what} failed: {error}</source>
        <translation>{what} 실패: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="50" />
        <source>{what} failed ({error})</source>
        <translation>{what} 실패({error})</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="184" />
        <source>Re-tag…</source>
        <translation>재분류…</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="185" />
        <source>Override category…</source>
        <translation>분류 변경…</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="186" />
        <source>Moved to…</source>
        <translation>이송/이동…</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="187" />
        <source>History…</source>
        <translation>이력…</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="188" />
        <source>Print tags (PDF)…</source>
        <translation>태그 인쇄(PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="189" />
        <source>Incident report (PDF / CSV)…</source>
        <translation>사고 보고서(PDF / CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="231" />
        <source>Re-tag of {number}</source>
        <translation>태그 {number} 재분류</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="241" />
        <source>Override of {number}</source>
        <translation>태그 {number} 분류 변경</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="252" />
        <source>Move of {number}</source>
        <translation>태그 {number} 이송/이동</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="266" />
        <source>History</source>
        <translation>이력</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="276" />
        <source>{what}: saving…</source>
        <translation>{what}: 저장 중…</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="280" />
        <source>{what}: saved — now {category}</source>
        <translation>{what}: 저장됨 — 현재 {category}</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="302" />
        <source>Print tags to</source>
        <translation>태그 인쇄 파일</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="303" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="306" />
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="312" />
        <source>Save the incident report to</source>
        <translation>사고 보고서 저장 위치</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="314" />
        <source>PDF report (*.pdf);;CSV, one row per tag version (*.csv)</source>
        <translation>PDF 보고서 (*.pdf);;CSV, 태그 버전마다 한 줄 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="321" />
        <source>Incident report</source>
        <translation>사고 보고서</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="328" />
        <source>{what}: writing {path}…</source>
        <translation>{what}: {path}에 쓰는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_actions.py" line="332" />
        <source>{what} written to {path}</source>
        <translation>{what}: {path}에 저장됨</translation>
    </message>
</context>
<context>
    <name>TagForm</name>
    <message>
        <location filename="../../ui/mci/tag_form.py" line="32" />
        <source>not recorded</source>
        <translation>기록 안 함</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_form.py" line="32" />
        <source>female</source>
        <translation>여</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_form.py" line="33" />
        <source>male</source>
        <translation>남</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_form.py" line="33" />
        <source>other</source>
        <translation>기타</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_form.py" line="34" />
        <source>unknown</source>
        <translation>미상</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_form.py" line="52" />
        <source>Walking? (Y/N)</source>
        <translation>걸을 수 있나요? (Y/N)</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_form.py" line="53" />
        <source>Breathing? (Y/N)</source>
        <translation>호흡이 있나요? (Y/N)</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_form.py" line="54" />
        <source>Breathing after repositioning the airway? (Y/N)</source>
        <translation>기도 확보 후 호흡이 있나요? (Y/N)</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_form.py" line="55" />
        <source>Respiratory rate per minute? (digits, Enter)</source>
        <translation>분당 호흡수는? (숫자 입력 후 Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_form.py" line="56" />
        <source>Radial pulse present? (Y/N)</source>
        <translation>요골 맥박이 있나요? (Y/N)</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_form.py" line="57" />
        <source>Obeys simple commands? (Y/N)</source>
        <translation>간단한 지시를 따르나요? (Y/N)</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_form.py" line="58" />
        <source>Palpable peripheral pulse? (Y/N)</source>
        <translation>말초 맥박이 만져지나요? (Y/N)</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_form.py" line="59" />
        <source>Breathing after 5 rescue breaths? (Y/N)</source>
        <translation>인공호흡 5회 후 호흡이 있나요? (Y/N)</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_form.py" line="60" />
        <source>AVPU? (A/V/P/U)</source>
        <translation>AVPU는? (A/V/P/U)</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_form.py" line="62" />
        <source>Posturing or inappropriate response to pain? (Y/N)</source>
        <translation>이상 자세나 통증에 부적절한 반응이 있나요? (Y/N)</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_form.py" line="66" />
        <source>next free number</source>
        <translation>다음 빈 번호</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_form.py" line="69" />
        <source>years (under 8: JumpSTART)</source>
        <translation>세(8세 미만: JumpSTART)</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_form.py" line="88" />
        <source>where the patient lies (optional)</source>
        <translation>환자가 있는 곳(선택)</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_form.py" line="91" />
        <source>clothing, injuries, what was done (optional)</source>
        <translation>옷차림, 손상, 시행한 처치(선택)</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_form.py" line="96" />
        <source>Photo…</source>
        <translation>사진…</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_form.py" line="99" />
        <location filename="../../ui/mci/tag_form.py" line="287" />
        <source>no photo</source>
        <translation>사진 없음</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_form.py" line="105" />
        <source>Tag number</source>
        <translation>태그 번호</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_form.py" line="106" />
        <source>Approximate age</source>
        <translation>추정 나이</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_form.py" line="108" />
        <source>Sex</source>
        <translation>성별</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_form.py" line="109" />
        <source>Area</source>
        <translation>구역</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_form.py" line="110" />
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_form.py" line="111" />
        <source>Photo</source>
        <translation>사진</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_form.py" line="113" />
        <source>Incident: {name}</source>
        <translation>사고: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_form.py" line="119" />
        <source>Ask again from the first question</source>
        <translation>첫 질문부터 다시 묻기</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_form.py" line="213" />
        <source>Complete — Enter saves the tag</source>
        <translation>완료 — Enter로 태그 저장</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_form.py" line="215" />
        <source>provisional </source>
        <translation>잠정 </translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_form.py" line="216" />
        <source>{word}{category} ({colour}) — {why}</source>
        <translation>{word}{category}({colour}) — {why}</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_form.py" line="243" />
        <source>Not saved: {error}</source>
        <translation>저장 안 됨: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_form.py" line="244" />
        <source>Saving…</source>
        <translation>저장 중…</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_form.py" line="248" />
        <source>Saved tag {number}: {category}</source>
        <translation>태그 {number} 저장: {category}</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_form.py" line="263" />
        <source>Photo of the patient</source>
        <translation>환자 사진</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_form.py" line="264" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>이미지 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_form.py" line="274" />
        <source>Photo not attached: {error}</source>
        <translation>사진을 첨부하지 못했습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_form.py" line="275" />
        <source>Reading the photo…</source>
        <translation>사진을 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/mci/tag_form.py" line="288" />
        <source>{name}: {size} KB, metadata removed</source>
        <translation>{name}: {size} KB, 메타데이터 제거됨</translation>
    </message>
</context>
<context>
    <name>TradeOffChart</name>
    <message>
        <location filename="../../ui/widgets/tradeoff_chart.py" line="87" />
        <source>No trade-off curve: the shipped default is in force</source>
        <translation>절충 곡선 없음: 기본값이 적용 중입니다</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tradeoff_chart.py" line="104" />
        <source>share of patients called 1-2 →</source>
        <translation>1-2등급으로 판정한 환자 비율 →</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tradeoff_chart.py" line="106" />
        <source>emergent sensitivity</source>
        <translation>응급 민감도</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tradeoff_chart.py" line="107" />
        <source>critical sensitivity</source>
        <translation>중환 민감도</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tradeoff_chart.py" line="124" />
        <source>○ in force   ● picked</source>
        <translation>○ 적용 중   ● 선택함</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../ui/admin/users_page.py" line="93" />
        <source>at least {n} characters</source>
        <translation>{n}자 이상</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="96" />
        <source>the same password again</source>
        <translation>같은 비밀번호 다시 입력</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="104" />
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="105" />
        <source>Full name</source>
        <translation>성명</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="107" />
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="108" />
        <source>Repeat password</source>
        <translation>비밀번호 확인</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="110" />
        <source>Roles</source>
        <translation>역할</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="112" />
        <source>Interface language</source>
        <translation>화면 언어</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="128" />
        <source>The two passwords differ: type the same password twice</source>
        <translation>두 비밀번호가 다릅니다. 같은 비밀번호를 두 번 입력하세요</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../ui/labels.py" line="21" />
        <source>Nurse</source>
        <translation>간호사</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22" />
        <source>Clinician</source>
        <translation>의사</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23" />
        <source>Administrator</source>
        <translation>관리자</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="54" />
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="55" />
        <source>disabled</source>
        <translation>비활성</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="153" />
        <source>New user…</source>
        <translation>새 사용자…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="154" />
        <location filename="../../ui/admin/users_page.py" line="217" />
        <source>Disable</source>
        <translation>비활성화</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="155" />
        <source>Reset password…</source>
        <translation>비밀번호 재설정…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="156" />
        <source>Roles…</source>
        <translation>역할…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="157" />
        <source>Language…</source>
        <translation>언어…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="195" />
        <source>Could not list the users: {error}</source>
        <translation>사용자 목록을 불러올 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="216" />
        <source>Enable</source>
        <translation>활성화</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="253" />
        <source>Not saved ({error})</source>
        <translation>저장 안 됨({error})</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="288" />
        <source>Created {user}</source>
        <translation>{user} 생성됨</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="294" />
        <source>New user</source>
        <translation>새 사용자</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="304" />
        <source>Password of {user} reset</source>
        <translation>{user}의 비밀번호를 재설정했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="310" />
        <source>Reset password of {user}</source>
        <translation>{user}의 비밀번호 재설정</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="322" />
        <source>Roles of {user} changed</source>
        <translation>{user}의 역할을 바꿨습니다</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="328" />
        <source>Roles of {user}</source>
        <translation>{user}의 역할</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="341" />
        <source>Interface language of {user}: {language} (from their next sign-in)</source>
        <translation>{user}의 화면 언어: {language}(다음 로그인부터 적용)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="348" />
        <source>Interface language of {user}</source>
        <translation>{user}의 화면 언어</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="359" />
        <source>{user} enabled</source>
        <translation>{user} 활성화됨</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="359" />
        <source>{user} disabled</source>
        <translation>{user} 비활성화됨</translation>
    </message>
</context>
<context>
    <name>Worklist</name>
    <message>
        <location filename="../../ui/worklist.py" line="76" />
        <source>waiting</source>
        <translation>대기</translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="77" />
        <source>in review</source>
        <translation>검토 중</translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="78" />
        <source>closed</source>
        <translation>종결</translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="100" />
        <source>immediately</source>
        <translation>즉시</translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="101" />
        <source>within {minutes} min</source>
        <translation>{minutes}분 이내</translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="115" />
        <source>&lt;1 min</source>
        <translation>&lt;1분</translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="117" />
        <source>{minutes} min</source>
        <translation>{minutes}분</translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="118" />
        <source>{hours} h {minutes} min</source>
        <translation>{hours}시간 {minutes}분</translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="129" />
        <source>Unnamed patient</source>
        <translation>이름 미상 환자</translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="292" />
        <source> (demo)</source>
        <translation> (시연)</translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="302" />
        <source>not reviewed</source>
        <translation>검토 안 됨</translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="305" />
        <source>decided</source>
        <translation>결정됨</translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="320" />
        <source>clinician's decision</source>
        <translation>의사 결정</translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="321" />
        <source>suggestion</source>
        <translation>제안</translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="324" />
        <source>{level} ({basis}); to be seen {target}</source>
        <translation>{level}({basis}); {target} 진료</translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="336" />
        <source>{waited} — over target</source>
        <translation>{waited} — 목표 시간 초과</translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="344" />
        <source>Arrived {time}</source>
        <translation>내원 {time}</translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="348" />
        <source>{level}: to be seen {target}</source>
        <translation>{level}: {target} 진료</translation>
    </message>
</context>
<context>
    <name>WorklistView</name>
    <message>
        <location filename="../../ui/worklist.py" line="68" />
        <source>Open (waiting + in review)</source>
        <translation>진행 중(대기 + 검토 중)</translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="69" />
        <source>Waiting</source>
        <translation>대기</translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="70" />
        <source>In review</source>
        <translation>검토 중</translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="71" />
        <source>Decided today</source>
        <translation>오늘 결정</translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="72" />
        <source>Closed</source>
        <translation>종결</translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="73" />
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="376" />
        <source>All levels</source>
        <translation>전체 등급</translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="380" />
        <source>Search name, MRN or complaint…</source>
        <translation>이름, 등록번호, 주호소 검색…</translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="382" />
        <source>Search (Ctrl+F)</source>
        <translation>검색(Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="390" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="392" />
        <source>Level</source>
        <translation>등급</translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="483" />
        <source>Could not load the worklist: {0}</source>
        <translation>환자 목록을 불러올 수 없습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="528" />
        <source>Could not refresh the worklist: {0}</source>
        <translation>환자 목록을 새로 고칠 수 없습니다: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/worklist.py" line="588" />
        <source>%Ln case(s)</source>
        <translation><numerusform>%Ln건</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/worklist.py" line="590" />
        <source>({shown} loaded)</source>
        <translation>({shown}건 표시)</translation>
    </message>
</context>
</TS>