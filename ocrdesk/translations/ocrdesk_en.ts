<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AcceptAnywayDialog</name>
    <message>
        <source>Accept Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{document} cannot be confirmed as it is: the recognition service warns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm it anyway, give the reason (kept with the document and exported):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. original seen at the counter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Undo {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move or Resize Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open images or PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open every image and PDF in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;Sub-folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder also opens the folders inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture from &amp;Camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture documents with a camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a picture or files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the fields (JSON, Excel, CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;All…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore Crashed Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back the work of a session that ended without closing OCRDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Field to Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next invalid or low-confidence field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Field to Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the document reviewed and open the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep This Engine&apos;s Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a second engine read otherwise, keep this engine&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take Second Engine&apos;s Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a second engine read otherwise, take its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;emove from List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected documents from the list (Del in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw &amp;Box for a Missing Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read Box &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognise only the selected box again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Box Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Box Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Box Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Box Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make Box Narrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make Box Wider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make Box Shorter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make Box Taller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;revious Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Dates as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display only: values are kept as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recognise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognise the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognise &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognise every pending document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare with Another Engine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the page with a second engine and mark where the two disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the running pages, then wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop recognising all; the rest stay pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Providers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials and endpoints of the OCR providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF &amp;Resolution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How finely PDF pages are rendered for recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the keys of every command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and other preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the bundled sample document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About OCRDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume Batch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Unexpected error: {error}. Details are in {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoConfirm</name>
    <message>
        <source>not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a confidence is below the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider warned about the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the second engine does not agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sampled for an operator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Autosave failed — {reason}. Export your work to keep it; this stays until a save works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Batch</name>
    <message>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total}, about {left} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchController</name>
    <message>
        <source>Recognition of all documents is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a provider and a document type first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to recognise: every document has a result or an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting {provider}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot recognise the documents — {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recognising %n document(s) with {provider}…</source>
        <translation>
            <numerusform>Recognising %n document with {provider}…</numerusform>
            <numerusform>Recognising %n documents with {provider}…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with errors</source>
        <translation>
            <numerusform>, %n with errors</numerusform>
            <numerusform>, %n with errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: {done} of %n document(s) recognised{errors}</source>
        <translation>
            <numerusform>Cancelled: {done} of %n document recognised{errors}</numerusform>
            <numerusform>Cancelled: {done} of %n documents recognised{errors}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recognised %n document(s) in {took}{errors}</source>
        <translation>
            <numerusform>Recognised %n document in {took}{errors}</numerusform>
            <numerusform>Recognised %n documents in {took}{errors}</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to export: the document list is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n document(s)…</source>
        <translation>
            <numerusform>Exporting %n document…</numerusform>
            <numerusform>Exporting %n documents…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed — {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (%n not recognised yet, listed as pending)</source>
        <translation>
            <numerusform> (%n not recognised yet, listed as pending)</numerusform>
            <numerusform> (%n not recognised yet, listed as pending)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n document(s) to {target}{note}</source>
        <translation>
            <numerusform>Exported %n document to {target}{note}</numerusform>
            <numerusform>Exported %n documents to {target}{note}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchStatus</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the batch; documents not started stay pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the remaining documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the running pages, then wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling… {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused · {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognising…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlindEntry</name>
    <message>
        <source>Type it blind: the reading is hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it once more: it differs from the reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} differs from the reading: type it again to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} typed blind matches the reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} decided by the second typing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoxItem</name>
    <message>
        <source>confidence {confidence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited (OCR: {value})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoxTools</name>
    <message>
        <source>Select a field with a box first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognise the page first, then draw the missing field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a box around the missing field (Esc cancels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {field}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the box failed — {reason}. Type the value instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provider} cannot read a single region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {field} again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: no text found — the value is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: your correction is kept (read: {text})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading failed — {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: no text found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Camera</name>
    <message>
        <source>Cannot open camera {source}: it is not connected, or another program is using it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open &apos;{source}&apos;: it is not connected, or another program is using it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera {source} stopped delivering pictures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>Camera default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera {index}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture from Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for cameras…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture automatically when steady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes the picture once the document has been still and sharp for about a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steadiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold a document in front of the camera, then press Space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera found. Connect a camera (or close the other program using it) and open this again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {camera}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steady and sharp — capturing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steady and sharp — press Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold still…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the document still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too blurred: hold it still, in focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) added to the document list.</source>
        <translation>
            <numerusform>%n picture added to the document list.</numerusform>
            <numerusform>%n pictures added to the document list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CameraWorker</name>
    <message>
        <source>The camera stopped: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <source>{name} (typing not committed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare with Another Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second &amp;engine:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Cancel Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting for the service; nothing is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} (set by the environment variable {name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting} has a value the service cannot use: check what was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in first: {settings}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionNotes</name>
    <message>
        <source>digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>licence class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vehicle type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date_cn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tax_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month_year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id_number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card_number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit_code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vehicle_class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank_name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the QR code (not read from the print)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the total {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {change}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images and PDF ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan documents, recognise their fields with an offline engine or a cloud OCR service, review and correct them, and export to JSON, Excel or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About OCRDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard corrections?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your corrections to {name} have not been exported.
{action} and discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} and discard it, or export everything first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexported work</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) have work that was not exported:</source>
        <translation>
            <numerusform>%n document has work that was not exported:</numerusform>
            <numerusform>%n documents have work that was not exported:</numerusform>
        </translation>
    </message>
    <message>
        <source>Export All…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typing not committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your typing in {fields} was not committed with Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit it before {action}, or discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit Typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your correction?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your correction &apos;{mine}&apos; with the new reading &apos;{reading}&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} was corrected by hand; reading its box again found other text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocTypes</name>
    <message>
        <source>General text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handwriting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID card (front)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID card (back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle licence (back page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hong Kong ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle sales invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home return permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel permit (HK/Macau)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognising…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted image</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
    <message>
        <source>no text found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min {percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowest confidence {percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents yet.

Open files or a folder, drop them here, paste an image, or capture from a camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recognised</source>
        <translation>
            <numerusform>%n recognised</numerusform>
            <numerusform>%n recognised</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed</source>
        <translation>
            <numerusform>%n reviewed</numerusform>
            <numerusform>%n reviewed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentRemoval</name>
    <message>
        <source>Documents cannot be removed while recognition runs: wait for it or cancel it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) have corrections that were not exported:</source>
        <translation>
            <numerusform>%n document has corrections that were not exported:</numerusform>
            <numerusform>%n documents have corrections that were not exported:</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove them from the list and discard the corrections?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove documents?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n document(s) from the list</source>
        <translation>
            <numerusform>Removed %n document from the list</numerusform>
            <numerusform>Removed %n documents from the list</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentWarning</name>
    <message>
        <source>The picture is a photocopy, not the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is a photo of a screen or a print (re-shot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is a screenshot, not a photo of the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture shows signs of editing (PS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validity date is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic card, not a physical original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A watermark lies over the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is cut off at the border of the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the card is covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glare over the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is blurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture quality is low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is too small in the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one card in the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recognition service gave a warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentWarnings</name>
    <message>
        <source>accepted anyway: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm asks for a reason before accepting this document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngineErrors</name>
    <message>
        <source>{name} stopped unexpectedly; it restarts on the next try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local OCR engine failed to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local OCR engine is not installed correctly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local OCR model file {name} is missing from {folder}; reinstall OCRDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local OCR engine could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local OCR engine failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngineStatus</name>
    <message>
        <source>starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provider}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Provider &apos;{provider}&apos; does not support document type &apos;{doc_type}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Nothing to export yet: recognise the page first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed — {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldNames</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid thru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand and model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved passengers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curb mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Towing mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer&apos;s tax ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller&apos;s tax ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (pinyin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRZ line 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRZ line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegraph code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensing authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hong Kong ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldTable</name>
    <message>
        <source>No fields yet — open an image and press F5 to recognise it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldTableModel</name>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value as read; edit it to correct it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence of the reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as {shown}; the value is kept as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited — OCR read: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ {provider} read the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No confidence given by the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low confidence ({confidence}): please check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldWarnings</name>
    <message>
        <source>{label} ({key}) not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number has {count} characters, not 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number holds characters that are no digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number check digit fails and no single misread explains it: verify it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card number is not 13 to 19 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card number fails the Luhn check: verify it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit code has {count} characters, not 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit code check character fails: verify it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN has {count} characters, not 17</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN check character fails: verify it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a known {what}: verify it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is no sex (男/女): verify it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date: verify it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is no calendar date: verify it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is no licence class (A1…P): verify it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vehicle type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; disagrees with the total {total} ({derived}): verify it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; disagrees with the ID number ({derived}): verify it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page was read upside down: fields were taken from it turned 180°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code not found or unreadable: the invoice fields are not cross-checked with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type uncertain: read as {type} ({certainty} sure); check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}: the printed value {value} disagrees with the QR code ({qr}); the QR code&apos;s is kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldsPanel</name>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields — {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recognised yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found</source>
        <translation>
            <numerusform>%n not found</numerusform>
            <numerusform>%n not found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n corrected</source>
        <translation>
            <numerusform>%n corrected</numerusform>
            <numerusform>%n corrected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n low confidence</source>
        <translation>
            <numerusform>%n low confidence</numerusform>
            <numerusform>%n low confidence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited</source>
        <translation>
            <numerusform>%n edited</numerusform>
            <numerusform>%n edited</numerusform>
        </translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder of that name is in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {target}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk reported a read error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many levels of links</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folders</name>
    <message>
        <source>a file of that name is in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the {purpose} folder {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}. Nothing can be saved there until this is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Drop an image here, or press Ctrl+O to open one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputErrors</name>
    <message>
        <source>{name}: file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: cannot read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {kind}, not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a special file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: is a folder, not an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: file is too large ({megabytes} MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: expected an RGB 8-bit frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: image is too large ({width}×{height} pixels; limit {limit} MP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: has no page {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: not an image or an unsupported format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: image is too large (above the limit of {limit} MP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: file is truncated or corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: cannot decode ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: unsupported colour mode {mode} ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: cannot fit the image into {size} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: no images in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: a link to nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: cannot list the folder ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: cannot read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: more than {count} pages; only the first {count} are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: cannot render page {page} ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: wrong password for the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the PDF is password-protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the PDF uses unsupported encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: not a PDF or the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputsController</name>
    <message>
        <source>Open Images or PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample document is missing (expected at {path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opening {name} and %n more…</source>
        <translation>
            <numerusform>Opening {name} and %n more…</numerusform>
            <numerusform>Opening {name} and %n more…</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open — {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} is already in the list with results or corrections.
Open it again from disk and discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n document(s)</source>
        <translation>
            <numerusform>Added %n document</numerusform>
            <numerusform>Added %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n file(s) (not images or PDFs)</source>
        <translation>
            <numerusform>skipped %n file (not images or PDFs)</numerusform>
            <numerusform>skipped %n files (not images or PDFs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the list</source>
        <translation>
            <numerusform>%n already in the list</numerusform>
            <numerusform>%n already in the list</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to paste: copy a picture or some files first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot paste the picture — {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF pages are rendered at {dpi} dpi from now on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{width} × {height} px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the image — {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a provider and a document type first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognise again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewFieldDialog</name>
    <message>
        <source>New field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the field a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys are lower-case letters, digits and _ (like birth_date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document already has a field {key}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageOutlines</name>
    <message>
        <source>Card outline (found by {label})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait (found by {label})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPasswords</name>
    <message>
        <source>Wrong password for {name}. Try again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is password-protected. Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pickers</name>
    <message>
        <source>OCR provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when OCRDesk is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last folder opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files and folders opened lately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last export format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type last used with a provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render PDF pages at (dots per inch):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include sub-folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture automatically when steady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show dates as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticity warnings (photocopy, re-shot, screenshot, edited, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (warnings only inform)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every warning, quality ones too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings that block Confirm until accepted with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type ID and card numbers blind (double entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields typed blind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm clean documents by rule (auto-confirm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-confirm: lowest confidence (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-confirm: lowest confidence for a document type (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-confirm only where a second engine agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-confirm: share sent to an operator anyway (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys of an action (overrides its default)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderConfig</name>
    <message>
        <source>Settings → Providers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the endpoint given (--endpoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set {variables}, or enter them in {dialog} (the endpoint can also be given with --endpoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set {variables}, or enter them in {dialog}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provider} is missing required setting(s): {names}; {how}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provider}: {problems}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{missing} {invalid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: an endpoint URL is required ({dialog}, --endpoint, or {variable})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: endpoint must start with http:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: setting &apos;{setting}&apos; is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: setting &apos;{setting}&apos; must be on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: setting &apos;{setting}&apos; must be one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the token contains characters a token cannot have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: request_format must be &apos;new&apos; or &apos;old&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the AppCode contains characters an AppCode cannot have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: app_key must be plain ASCII text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: text_language must be one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: with_position must be on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: region {region} is not a region name like ap-guangzhou</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderErrors</name>
    <message>
        <source>{en} ({zh}) — {vendor} error {code}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{en} ({zh}) — {vendor} error {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{en} ({zh}) — {vendor} answered HTTP {status}{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent an empty reply (HTTP {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent an HTML/XML page instead of JSON (HTTP {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent a reply that is not valid JSON (cut off or corrupted) (HTTP {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{en} ({zh}) — {vendor}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{en} ({zh}) — {vendor} did not send its whole answer within {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secure connection (TLS) could not be set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent a compressed reply that cannot be decompressed (corrupted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection broke before the whole reply arrived (reply cut off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} (the endpoint must be the full service URL, …/api/predict/&lt;service&gt;/&lt;path&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderNames</name>
    <message>
        <source>Aliyun PAI-EAS ID-card model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliyun API market OCR (APPCODE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local (offline, RapidOCR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SinoVoice 灵云 image cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud OCR (API 3.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent 万象优图 (legacy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <source>•••••• (stored in keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>•••••• (kept for this session only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(will be removed when you save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No settings: the local engine works offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider has no settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider has no connection test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keyring, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider id: {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load this provider: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields marked * are required. Hover a field for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide what you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the stored secret when you save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by the environment variable {name}, which overrides this setting (read-only here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send one small request with the values on this page (saved or not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting} {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderSettings</name>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an http:// or https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service token shown with the EAS service (调用信息).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full service URL, e.g. http://&lt;id&gt;.cn-chengdu.pai-eas.aliyuncs.com/api/predict/&lt;service&gt;/idcard_ocr; it is used as given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppCode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AppCode shown for your purchased OCR API in the Aliyun market console (已购买的服务).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current ({image, configure})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older ({inputs: [...]})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body the API expects (the older one is is_old_format in the vendor&apos;s demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App key (x-app-key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application key SinoVoice assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer key (devKey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs each request; never sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese (ocr.cloud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (ocr.cloud.english)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of general text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General text: also ask for character boxes (withPosition=1), not the text only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecretId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecretKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ap-guangzhou, ap-beijing, ap-shanghai, ap-hongkong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Tencent for every check it offers (photocopy, re-shot, PS, temporary ID, border, glare, quality) on ID cards, bank cards and business licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second page (副页)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either page, or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which page of a driver licence the pictures show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese passports (PassportOCR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any country&apos;s, from the machine-readable lines (MLIDPassportOCR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which passports the passport document type reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver licence side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud APPID (项目ID), digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>万象优图 bucket (空间名称); later docs call it a legacy field that may be left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to {name}. It answered: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected to {name}: %n field(s) recognised in the test image.</source>
        <translation>
            <numerusform>Connected to {name}: %n field recognised in the test image.</numerusform>
            <numerusform>Connected to {name}: %n fields recognised in the test image.</numerusform>
        </translation>
    </message>
    <message>
        <source>Authenticity and quality checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the vendor&apos;s default host (private deployments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each request, the whole reply included, must end within this many seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not one of the offered choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be on or off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderSettingsDialog</name>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the highlighted fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the settings: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Secrets are in the system keyring; other settings in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Secrets are kept in memory for this session only; other settings in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueController</name>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open {name} — {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first document</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored %n document(s)</source>
        <translation>
            <numerusform>Restored %n document</numerusform>
            <numerusform>Restored %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n edit(s)</source>
        <translation>
            <numerusform>and %n edit</numerusform>
            <numerusform>and %n edits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadableError</name>
    <message>
        <source>{message} — set it in Settings → Providers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory for this operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentInputs</name>
    <message>
        <source>&amp;Recent Files and Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is no longer there: removed from the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecognitionReport</name>
    <message>
        <source>Recognising with {provider}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recognised %n field(s) in {seconds} s</source>
        <translation>
            <numerusform>Recognised %n field in {seconds} s</numerusform>
            <numerusform>Recognised %n fields in {seconds} s</numerusform>
        </translation>
    </message>
    <message>
        <source>No text found in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition failed — {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recognizer</name>
    <message>
        <source>{name}: nothing to open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore unsaved work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s)</source>
        <translation>
            <numerusform>%n edit</numerusform>
            <numerusform>%n edits</numerusform>
        </translation>
    </message>
    <message>
        <source>OCRDesk did not close properly on {when}. Its session had {documents} and {edits} that may not have been exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCRDesk did not close properly. Its session had {documents} and {edits} that may not have been exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier session could not be restored — {reason}. It stays for later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDelegate</name>
    <message>
        <source>Your typing in {field} was not committed: F2 to continue, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{draft}  (not committed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter keeps the value, Esc discards the typing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewWorkflow</name>
    <message>
        <source>No field needs a look: every value is valid and confident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to keep the value, or Esc to discard the typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to confirm: recognise the page first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) left: fix, or {keys} again to confirm</source>
        <translation>
            <numerusform>%n problem left: fix, or {keys} again to confirm</numerusform>
            <numerusform>%n problems left: fix, or {keys} again to confirm</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmed {document}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed {document} — no more documents to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed: the warnings were not accepted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecondEngine</name>
    <message>
        <source>{provider} read {value}: {first} keeps this value, {second} takes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to compare: recognise the page first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other engine reads this document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the page with {provider}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provider} could not read the page: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) read otherwise by {provider}</source>
        <translation>
            <numerusform>%n field read otherwise by {provider}</numerusform>
            <numerusform>%n fields read otherwise by {provider}</numerusform>
        </translation>
    </message>
    <message>
        <source>{provider} read every field the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No second reading differs for this field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>No system keyring is available (install and unlock GNOME Keyring / KWallet, or use Windows Credential Manager / macOS Keychain). Secrets are kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring is turned off (keyring&apos;s null backend is configured). Secrets are kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The only keyring found ({backend}, from keyrings.alt) stores secrets in a plain file, which OCRDesk does not use; install and unlock GNOME Keyring / KWallet, or use Windows Credential Manager / macOS Keychain. Secrets are kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring could not be opened ({error}). Secrets are kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring ({backend}) failed ({error}). Secrets are kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>a JSON {kind}, not a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an OCRDesk session (format {format})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its documents are not a list of documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its current document is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its save time is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a box of {key} lies far outside any page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a page number is not a positive number ({page})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image description has the wrong types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set aside as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left where it is (it could not be moved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A damaged session file ({name}) could not be restored and was {where}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}. Autosave cannot work until this is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session lock {name} is held by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another OCRDesk window has taken {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingEditors</name>
    <message>
        <source>(from the environment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} (not one of the choices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>Could not read {name} ({error}); using default settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged (not UTF-8 text); {backup} Using default settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged ({reason}); {backup} Using default settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be copied to {name} ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a copy was kept as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;providers&apos; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings of &apos;{provider}&apos; are not an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Change keys in Settings → Keyboard Shortcuts…  ·  any key closes this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mouse on the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a selected box to move it, its handles to resize it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the value (or just type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit the value (the only key that does)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} or {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} types into the field: use Ctrl, Alt or a function key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} moves between fields or edits them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} is used by both “{one}” and “{other}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Resize box of {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move box of {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read {field} again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm {document}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>&apos;{value}&apos; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date {date} is implausibly early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a validity period (start-end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validity period ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs from the birth date in the ID number ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs from the sex the ID number encodes ({sex})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15-digit ID number (legacy, issued before 1999): ask for the 18-digit number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number must have 18 characters, not {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number may contain only digits and a final X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number starts with {code}, which is no province code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date {date} inside the ID number is not a real date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date {date} inside the ID number is impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check digit should be {expected}, not {found} (a digit is misread)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card number may contain only digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card number must have 13 to 19 digits, not {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Luhn check fails: a digit is misread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unified social credit code must have 18 characters, not {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>characters {characters} never appear in a credit code (I O S V Z are not used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check character should be {expected}, not {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plate must start with a province character, not {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid plate: province + letter + 5 characters (6 for new-energy vehicles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN must have 17 characters, not {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>characters {characters} never appear in a VIN (I O Q are not used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check character (9th) should be {expected}, not {found}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
