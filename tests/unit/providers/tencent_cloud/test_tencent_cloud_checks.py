"""Tencent Cloud's authenticity and quality checks: asked for in every request that offers them (or none
with `checks` off), reported by the fake gateway only when asked, and carried as our warning codes from
the reply to the document and its export. Also the driver-licence side and the passport reader settings."""

from __future__ import annotations

import json

import pytest

from ocrdesk.doctypes import DocType
from ocrdesk.errors import ConfigError
from ocrdesk.export import documents_to_json
from ocrdesk.providers.tencent_cloud import TencentCloudProvider
from ocrdesk.recognition import recognize_image
from ocrdesk.review import can_confirm
from tests.fakes.server import FakeServer
from tests.fakes.tencent_cloud_server import TencentCloudFake, provider_config, recognize, sample_image

Running = tuple[FakeServer, TencentCloudFake]


def _sent(fake: TencentCloudFake) -> dict[str, object]:
    [(_action, params, _size)] = fake.uploads
    return {name: value for name, value in params.items() if name != "ImageBase64"}


def test_every_check_is_asked_for_by_default(tc: Running) -> None:
    server, fake = tc
    recognize(provider_config(server), DocType.IDCARD_FRONT)
    config = json.loads(str(_sent(fake)["Config"]))  # a JSON *string*, as the SDK documents
    assert config == {
        "CopyWarn": True,
        "BorderCheckWarn": True,
        "ReshootWarn": True,
        "DetectPsWarn": True,
        "TempIdWarn": True,
        "InvalidDateWarn": True,
        "Quality": True,
        "ReflectWarn": True,
    }
    fake.uploads.clear()
    recognize(provider_config(server), DocType.BANK_CARD)
    assert _sent(fake) == {
        "EnableCopyCheck": True,
        "EnableReshootCheck": True,
        "EnableBorderCheck": True,
        "EnableQualityValue": True,
    }
    fake.uploads.clear()
    recognize(provider_config(server), DocType.BUSINESS_LICENSE)
    assert _sent(fake) == {"EnableCopyWarn": True}
    assert fake.rejections == []


def test_a_photocopied_id_card_is_reported_only_when_the_check_is_asked(tc: Running) -> None:
    server, fake = tc
    fake.conditions["IDCardOCR"] = [-9102, -9106]
    asked = recognize(provider_config(server), DocType.IDCARD_FRONT)
    assert [(w.code, w.vendor_code) for w in asked.document_warnings] == [("copy", "-9102"), ("tampered", "-9106")]
    fake.uploads.clear()
    not_asked = recognize(provider_config(server, checks="off"), DocType.IDCARD_FRONT)
    assert "Config" not in _sent(fake)
    assert not_asked.document_warnings == []


def test_bank_card_copy_reshoot_screenshot_and_low_quality(tc: Running) -> None:
    server, fake = tc
    fake.conditions["BankCardOCR"] = [-9113, -9114, -9111]
    fake.quality = 20
    fake.samples["BankCardOCR"]["CardCategory"] = "电子银行卡信息截图"
    recognition = recognize(provider_config(server), DocType.BANK_CARD)
    assert [w.code for w in recognition.document_warnings] == [
        "copy",
        "reshoot",
        "border_incomplete",
        "blurred",
        "screenshot",
    ]
    assert ("quality_value", "20") in [(f.key, f.value) for f in recognition.fields]
    fake.uploads.clear()
    off = recognize(provider_config(server, checks="no"), DocType.BANK_CARD)
    assert _sent(fake) == {}
    assert [w.code for w in off.document_warnings] == ["screenshot"]  # the card category is always sent


def test_business_licence_copy_warning_keeps_the_vendor_constant(tc: Running) -> None:
    server, fake = tc
    fake.conditions["BizLicenseOCR"] = [-9102]
    recognition = recognize(provider_config(server), DocType.BUSINESS_LICENSE)
    [warning] = recognition.document_warnings
    assert (warning.code, warning.vendor_code, warning.vendor_message) == ("copy", "-9102", "WARN_COPY_CARD")
    assert warning.message == "The picture is a photocopy, not the original"  # never the constant alone


def test_a_bad_checks_value_is_a_setting_error(tc: Running) -> None:
    server, fake = tc
    with pytest.raises(ConfigError) as caught:
        recognize(provider_config(server, checks="maybe"), DocType.IDCARD_FRONT)
    assert "checks" in caught.value.message
    assert fake.uploads == []


def test_an_old_driver_licence_duration_becomes_its_period_and_a_computed_end(tc: Running) -> None:
    server, fake = tc
    fake.samples["DriverLicenseOCR"]["EndDate"] = "6年"
    fake.samples["DriverLicenseOCR"]["StartDate"] = "2012-02-29"
    recognition = recognize(provider_config(server), DocType.DRIVER_LICENSE)
    fields = {f.key: f for f in recognition.fields}
    assert fields["valid_period"].value == "6年" and fields["valid_period"].label == "EndDate"
    end = fields["valid_to"]
    assert (end.value, end.ocr_value, end.corrections) == ("2018-02-28", "", ["valid_from + 6年"])
    assert not end.edited  # a rule's value, shown as such, not an operator edit
    fake.samples["DriverLicenseOCR"]["EndDate"] = "长期"
    lifelong = {f.key: f.value for f in recognize(provider_config(server), DocType.DRIVER_LICENSE).fields}
    assert lifelong["valid_period"] == "长期" and "valid_to" not in lifelong


@pytest.mark.parametrize("side", ["BACK", "DOUBLE", "back"])
def test_the_driver_licence_side_is_a_setting(tc: Running, side: str) -> None:
    server, fake = tc
    recognize(provider_config(server, driver_license_side=side), DocType.DRIVER_LICENSE)
    assert _sent(fake) == {"CardSide": side.upper()}
    fake.samples["DriverLicenseOCR"]["BackPageCardCode"] = "440301199001010011"
    fields = {f.key: f.value for f in recognize(provider_config(server), DocType.DRIVER_LICENSE).fields}
    assert fields["back_page_license_number"] == "440301199001010011"


def test_passports_of_any_country_go_to_mlid_passport_ocr(tc: Running) -> None:
    server, fake = tc
    fake.conditions["MLIDPassportOCR"] = [-9103, -9109]
    recognition = recognize(provider_config(server, passports="any"), DocType.PASSPORT)
    [(action, _params, _size)] = fake.uploads
    assert action == "MLIDPassportOCR"
    fields = {f.key: f.value for f in recognition.fields}
    assert fields["passport_number"] == "A12345678" and fields["country_code"] == "GBR"
    assert fields["mrz1"].startswith("P<GBR")
    # -9109 "告警能力未开通" has no code of ours: kept as `other`, with the vendor's number
    found = [(w.code, w.vendor_code) for w in recognition.document_warnings]
    assert found == [("reshoot", "-9103"), ("other", "-9109")]
    fake.uploads.clear()
    recognize(provider_config(server), DocType.PASSPORT)
    assert fake.uploads[0][0] == "PassportOCR"


def test_end_to_end_the_warning_reaches_the_document_and_the_export(tc: Running) -> None:
    server, fake = tc
    fake.conditions["IDCardOCR"] = [-9102]
    provider = TencentCloudProvider(provider_config(server))
    try:
        document, _recognition = recognize_image(provider, sample_image(), DocType.IDCARD_FRONT)
    finally:
        provider.close()
    assert [w.code for w in document.warnings] == ["copy"]
    assert not can_confirm(document)
    [exported] = json.loads(documents_to_json([document]))["documents"]
    assert exported["warnings"][0]["message_zh"] == "图片为复印件，不是原件"
    assert exported["warnings"][0]["vendor_code"] == "-9102"


def test_a_code_missing_from_the_table_is_known_by_its_constant(tc: Running) -> None:
    server, fake = tc
    fake.samples["BizLicenseOCR"]["RecognizeWarnCode"] = [-9108, -9199]
    fake.samples["BizLicenseOCR"]["RecognizeWarnMsg"] = ["WARN_BLUR_CARD", "WARN_SOMETHING_NEW"]
    recognition = recognize(provider_config(server, checks="off"), DocType.BUSINESS_LICENSE)
    found = [(w.code, w.vendor_code, w.vendor_message) for w in recognition.document_warnings]
    assert found == [("blurred", "-9108", "WARN_BLUR_CARD"), ("other", "-9199", "WARN_SOMETHING_NEW")]


def test_a_failed_warning_service_still_reads_the_card_and_says_it_was_not_checked(tc: Running) -> None:
    from tests.fakes.tencent_cloud_server import VendorError

    server, fake = tc
    fake.queue(VendorError("FailedOperation.WarningServiceFailed", "通用告警服务异常"))
    recognition = recognize(provider_config(server), DocType.IDCARD_FRONT)
    # the second request, without the checks, was answered (the first was the queued error)
    [(_action, params, _size)] = fake.uploads
    assert "Config" not in params and params["CardSide"] == "FRONT"
    assert [f.key for f in recognition.fields][:2] == ["name", "sex"]
    [warning] = recognition.document_warnings
    assert (warning.code, warning.vendor_code) == ("other", "FailedOperation.WarningServiceFailed")
    # with checks off there is nothing to drop: the error stands
    fake.queue(VendorError("FailedOperation.WarningServiceFailed", "通用告警服务异常"))
    from ocrdesk.errors import ProviderError

    with pytest.raises(ProviderError):
        recognize(provider_config(server, checks="off"), DocType.IDCARD_FRONT)
