; reflectiespel for Windows: an installer per user (no administrator rights), made with NSIS 3.
;
;   packaging/windows/build-installer [PAYLOAD] [OUT_DIR]   (writes the file lists, then runs makensis)
;
; Installs into %LOCALAPPDATA%\Programs\reflectiespel, adds a Start-menu entry and an entry in
; "Apps en onderdelen", opens .reflectiespel files in the app, and removes exactly what it installed.
; For IT: /S installs or removes silently, /D=C:\pad chooses the folder (last on the command line),
; /ORGDIR=\\server\share\reflectiespel sets the organisation folder for this user (docs/install.md).
; Your own decks, sessions and settings (%LOCALAPPDATA%\reflectiespel) are never touched.

Unicode true
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "makensis /DVERSION=... (packaging/windows/build-installer sets it)"
!endif
!define APP "reflectiespel"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
!define PROG_ID "reflectiespel.sessie"

!include "MUI2.nsh"
!include "FileFunc.nsh"

Name "Reflectiespel"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "Software\${APP}" "InstallDir"
BrandingText "Reflectiespel ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "Reflectiespel"
VIAddVersionKey /LANG=0 "FileDescription" "Reflectiespel installeren"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "MIT-licentie, de makers van reflectiespel"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${PAYLOAD}/LICENSE"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\reflectiespel.exe"
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Dutch"
!insertmacro MUI_LANGUAGE "English"

Section "Reflectiespel" SecApp
  SectionIn RO
  SetShellVarContext current
  ; An older version in the same folder: its files go first (its own list), so nothing stale stays.
  IfFileExists "$INSTDIR\uninstall.exe" 0 +2
    ExecWait '"$INSTDIR\uninstall.exe" /S _?=$INSTDIR'
  !include "${FILES_INSTALL}"
  SetOutPath "$INSTDIR"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortCut "$SMPROGRAMS\Reflectiespel.lnk" "$INSTDIR\reflectiespel.exe" "" "$INSTDIR\reflectiespel.exe" 0

  ; .reflectiespel files open in the app (for this user)
  WriteRegStr HKCU "Software\Classes\.reflectiespel" "" "${PROG_ID}"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}" "" "Reflectiespel-sessie"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}\DefaultIcon" "" "$INSTDIR\reflectiespel.exe,0"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}\shell\open\command" "" '"$INSTDIR\reflectiespel.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  ; "Apps en onderdelen" (Settings) and the Control Panel
  WriteRegStr HKCU "Software\${APP}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "Reflectiespel"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "de makers van reflectiespel"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\reflectiespel.exe,0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0

  ; /ORGDIR=...: the organisation's shared folder of decks and werkvormen, for this user
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/ORGDIR=" $R1
  ${IfNot} ${Errors}
    WriteRegExpandStr HKCU "Environment" "REFLECTIESPEL_ORG_DIR" "$R1"
    WriteRegStr HKCU "Software\${APP}" "OrgDirSet" "1"
    SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=2000
  ${EndIf}
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  !include "${FILES_UNINSTALL}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\Reflectiespel.lnk"
  ReadRegStr $0 HKCU "Software\Classes\.reflectiespel" ""
  ${If} $0 == "${PROG_ID}"
    DeleteRegKey HKCU "Software\Classes\.reflectiespel"
  ${EndIf}
  DeleteRegKey HKCU "Software\Classes\${PROG_ID}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  ReadRegStr $0 HKCU "Software\${APP}" "OrgDirSet"
  ${If} $0 == "1"
    DeleteRegValue HKCU "Environment" "REFLECTIESPEL_ORG_DIR"
    SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=2000
  ${EndIf}
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\${APP}"
SectionEnd
